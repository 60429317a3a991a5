-- 015: per-role survey skill premiums with 90 % intervals (stored), and estimate_premiums() merging them with published premiums.
--
-- 005's survey premiums (table premiums, region NULL) compare users with non-users
-- over ALL full-time respondents and give one number. The estimate needs a premium
-- per role, for every skill, with an interval saying how sure it is. So here, for
-- each role's group (full-time U.S. respondents of its survey developer type with a
-- years_code_pro answer; all of them for roles without a developer type, as in 014):
--   * a skill is rated only with at least 30 users and 30 non-users in the group;
--   * within each experience band (014's bands, unmerged) with at least 5 users and
--     5 non-users: d_b = ln(median pay of users / median pay of non-users);
--   * point = exp(sum(users_b * d_b) / sum(users_b)) - 1 (comparing like with like
--     in experience, weighted toward where the users are);
--   * 90 % interval on the log scale: d +- 1.645 * SE, SE = 1.2533 * sd(ln pay of the
--     group) * sqrt(1/n_users + 1/n_nonusers) (1.2533 = sqrt(pi/2): the standard
--     error of a median relative to that of a mean), then exp(.) - 1;
--   * clear = the interval excludes 0.
-- n_users / n_nonusers are the group's counts (all bands), as the estimate contract
-- specifies. These are descriptive differences, not causal effects. The existing
-- premiums table and report_premiums() (report page) are left as they are.

create table estimate_skill_premiums (
    role_id     integer not null references roles,
    skill_id    integer not null references skills,
    point_pct   numeric(6,1) not null,
    low_pct     numeric(6,1) not null,
    high_pct    numeric(6,1) not null,
    n           integer not null check (n >= 30),
    n_without   integer not null check (n_without >= 30),
    bands_used  smallint not null check (bands_used between 1 and 5),
    clear       boolean not null,
    basis       text not null,
    source_id   integer not null references sources,
    primary key (role_id, skill_id),
    check (low_pct <= point_pct and point_pct <= high_pct),
    check (clear = (low_pct > 0 or high_pct < 0))
);
comment on table estimate_skill_premiums is 'National survey skill premiums per role with 90 % intervals (Stack Overflow Developer Survey 2023, full-time U.S. respondents; ODbL 1.0; descriptive, not causal). Computed by migration 015.';
comment on column estimate_skill_premiums.n is 'Users of the skill in the role''s survey group.';
comment on column estimate_skill_premiums.n_without is 'Non-users of the skill in the role''s survey group.';
comment on column estimate_skill_premiums.bands_used is 'Experience bands with at least 5 users and 5 non-users (the point estimate averages over these).';
comment on column estimate_skill_premiums.clear is 'The 90 % interval excludes 0 (low_pct > 0 or high_pct < 0), on the stored (rounded) bounds.';
create index estimate_skill_premiums_skill_id_idx on estimate_skill_premiums (skill_id);

-- More memory for the sorts of the per-band medians (this transaction only).
set local work_mem = '128MB';
-- JIT compiling these one-off queries costs more than it saves.
set local jit = off;

create temp table prem_band_defs (band_no int primary key, years_from int, years_to int);
insert into prem_band_defs values (1, 0, 2), (2, 3, 5), (3, 6, 10), (4, 11, 20), (5, 21, 60);

-- The groups, exactly as 014's curve groups, numbered: the sorts below are on the
-- group, and integers sort far faster than text under a linguistic collation.
create temp table prem_pops as
select row_number() over (order by pop_key)::int as pop_id, pop_key
from (select distinct survey_dev_type as pop_key from roles where survey_dev_type is not null
      union all select 'All respondents') k;

create temp table prem_members as
select k.pop_id, p.respondent_id, b.band_no, p.annual_comp_usd::float8 as pay
from survey_respondents p
join prem_band_defs b on floor(p.years_code_pro) between b.years_from and b.years_to
join prem_pops k on k.pop_key = 'All respondents' or k.pop_key = p.dev_type
where 'Employed, full-time' = any (string_to_array(p.employment, ';'))
  and p.years_code_pro is not null;
create index on prem_members (pop_id, respondent_id);
analyze prem_members;

-- Who uses what: the survey answers, plus the combined skill react-nextjs
-- ('React/Next.js', survey_name 'React; Next.js' in 002) = uses React or Next.js.
create temp table prem_skill_users as
select respondent_id, skill_id from survey_respondent_skills
union
select rs.respondent_id, c.id
from survey_respondent_skills rs
join skills s on s.id = rs.skill_id
join skills c on c.slug = 'react-nextjs'
where s.survey_category = c.survey_category
  and s.survey_name = any (string_to_array(c.survey_name, '; '));
create index on prem_skill_users (skill_id, respondent_id);
analyze prem_skill_users;

do $$
begin
    if (select count(*) from skills where survey_name = 'React; Next.js' and slug = 'react-nextjs') <> 1
       or not exists (select 1 from prem_skill_users u join skills s on s.id = u.skill_id where s.slug = 'react-nextjs') then
        raise exception 'estimate premiums: react-nextjs has no users (002''s survey_name changed?)';
    end if;
end $$;

create temp table prem_groups as
select pop_id, count(*) as pop_n, stddev_samp(ln(pay)) as sd_ln_pay
from prem_members group by pop_id;

-- Skills rated per group: at least 30 users and 30 non-users.
create temp table prem_eligible as
select m.pop_id, u.skill_id, count(*) as n_users, g.pop_n - count(*) as n_non
from prem_members m
join prem_skill_users u on u.respondent_id = m.respondent_id
join prem_groups g on g.pop_id = m.pop_id
group by m.pop_id, u.skill_id, g.pop_n
having count(*) >= 30 and g.pop_n - count(*) >= 30;
analyze prem_eligible;   -- temp tables have no statistics: without them the joins below go quadratic

-- Median pay of users and of non-users per group x skill x band. Done naively
-- (every group member x every rated skill, ~3.7 million rows to sort) this takes
-- ~10 s, so the non-users' median is read off the band's sorted pay list instead:
-- with the band's members numbered 1..N by pay, and the skill's users at positions
-- q_1 < q_2 < ... (i = 1, 2, ...), user i has q_i - i non-users before it, so the
-- r-th non-user sits at position r + #{i : q_i - i < r}. That needs only the users'
-- rows (~0.4 million). The check after prem_band_medians compares it with the
-- naive computation for one group and skill.
create temp table prem_band_pos as
select pop_id, band_no, respondent_id, pay,
       row_number() over (partition by pop_id, band_no order by pay, respondent_id) as pos,
       count(*) over (partition by pop_id, band_no) as band_n
from prem_members;
create index on prem_band_pos (pop_id, band_no, pos);
analyze prem_band_pos;

create temp table prem_user_pos as
select e.pop_id, e.skill_id, b.band_no, b.band_n, b.pos as q, b.pay,
       row_number() over (partition by e.pop_id, e.skill_id, b.band_no order by b.pos) as i
from prem_eligible e
join prem_skill_users u on u.skill_id = e.skill_id
join prem_band_pos b on b.pop_id = e.pop_id and b.respondent_id = u.respondent_id;
analyze prem_user_pos;

-- Bands with at least 5 users and 5 non-users only (the others are not used). Each
-- step is a table of its own (with statistics): as one query the planner misjudges
-- the row counts and the join goes quadratic.
create temp table prem_band_users as
select pop_id, skill_id, band_no, band_n, count(*) as n_users, band_n - count(*) as n_non,
       percentile_cont(0.5) within group (order by pay) as median_users,
       -- the non-users' median (percentile_cont(0.5) of M values) is the mean of the
       -- non-users ranked floor((M-1)/2)+1 and ceil((M-1)/2)+1 (the same one if M is odd)
       floor((band_n - count(*) - 1) / 2.0)::bigint + 1 as r_lo,
       ceil((band_n - count(*) - 1) / 2.0)::bigint + 1 as r_hi
from prem_user_pos
group by pop_id, skill_id, band_no, band_n
having count(*) >= 5 and band_n - count(*) >= 5;
analyze prem_band_users;

create temp table prem_band_non_pos as
select k.pop_id, k.skill_id, k.band_no,
       k.r_lo + count(*) filter (where u.q - u.i < k.r_lo) as pos_lo,
       k.r_hi + count(*) filter (where u.q - u.i < k.r_hi) as pos_hi
from prem_band_users k
join prem_user_pos u on u.pop_id = k.pop_id and u.skill_id = k.skill_id and u.band_no = k.band_no
group by k.pop_id, k.skill_id, k.band_no, k.r_lo, k.r_hi;
analyze prem_band_non_pos;

create temp table prem_band_medians as
select k.pop_id, k.skill_id, k.band_no, k.n_users, k.n_non, k.median_users,
       (lo.pay + hi.pay) / 2 as median_non
from prem_band_users k
join prem_band_non_pos p on p.pop_id = k.pop_id and p.skill_id = k.skill_id and p.band_no = k.band_no
join prem_band_pos lo on lo.pop_id = p.pop_id and lo.band_no = p.band_no and lo.pos = p.pos_lo
join prem_band_pos hi on hi.pop_id = p.pop_id and hi.band_no = p.band_no and hi.pos = p.pos_hi;

do $$
declare
    bad int;
begin
    -- the position shortcut equals the naive medians (back-end developers x React/Next.js, every band)
    with naive as (
        select m.band_no, (u.respondent_id is not null) as uses, count(*) as n,
               percentile_cont(0.5) within group (order by m.pay) as median
        from prem_members m
        join skills s on s.slug = 'react-nextjs'
        left join prem_skill_users u on u.skill_id = s.id and u.respondent_id = m.respondent_id
        where m.pop_id = (select pop_id from prem_pops where pop_key = 'Developer, back-end')
        group by m.band_no, (u.respondent_id is not null)
    )
    select count(*) into bad
    from prem_band_medians b
    join skills s on s.id = b.skill_id and s.slug = 'react-nextjs'
    join naive w on w.band_no = b.band_no and w.uses
    join naive wo on wo.band_no = b.band_no and not wo.uses
    where b.pop_id = (select pop_id from prem_pops where pop_key = 'Developer, back-end')
      and (w.n <> b.n_users or wo.n <> b.n_non or w.median <> b.median_users or wo.median <> b.median_non);
    if bad > 0 or (select count(*) from prem_band_medians b join skills s on s.id = b.skill_id
                   where s.slug = 'react-nextjs' and b.pop_id = (select pop_id from prem_pops where pop_key = 'Developer, back-end')) < 4 then
        raise exception 'estimate premiums: band medians disagree with the naive computation';
    end if;
end $$;

create temp table prem_estimates as
with bands as (
    select pop_id, skill_id, n_users as users_b, ln(median_users / median_non) as d_b
    from prem_band_medians
)
select e.pop_id, e.skill_id, e.n_users, e.n_non, count(*) as bands_used,
       sum(b.users_b * b.d_b) / sum(b.users_b) as d,
       1.2533 * g.sd_ln_pay * sqrt(1.0 / e.n_users + 1.0 / e.n_non) as se
from prem_eligible e
join bands b on b.pop_id = e.pop_id and b.skill_id = e.skill_id
join prem_groups g on g.pop_id = e.pop_id
group by e.pop_id, e.skill_id, e.n_users, e.n_non, g.sd_ln_pay;

insert into estimate_skill_premiums (role_id, skill_id, point_pct, low_pct, high_pct, n, n_without, bands_used,
                                    clear, basis, source_id)
select x.role_id, x.skill_id, x.point_pct, x.low_pct, x.high_pct, x.n_users, x.n_non, x.bands_used,
       x.low_pct > 0 or x.high_pct < 0,
       case when x.survey_dev_type is null then
           format('No survey developer type maps to %s, so this compares all U.S. full-time respondents. ', x.role_title)
       else '' end
       || format('Stack Overflow Developer Survey 2023, U.S. full-time respondents%s: median total pay of the %s who use %s '
                 'vs the %s who do not, compared within experience bands (0-2, 3-5, 6-10, 11-20, 21+ years) that have at '
                 'least 5 of each (%s of 5 here), averaged weighted by users; 90 %% interval from the spread of log pay. '
                 'Rated only with at least 30 users and 30 non-users. Descriptive, not causal: skills go together with '
                 'role, employer and each other.',
                 case when x.survey_dev_type is not null then format(' of developer type "%s"', x.survey_dev_type) else '' end,
                 to_char(x.n_users, 'FM999,999,990'), x.skill_name, to_char(x.n_non, 'FM999,999,990'), x.bands_used),
       (select id from sources where slug = 'so-survey-2023')
from (
    select r.id as role_id, r.title as role_title, r.survey_dev_type, s.id as skill_id, s.name as skill_name,
           p.n_users, p.n_non, p.bands_used,
           round(((exp(p.d) - 1) * 100)::numeric, 1) as point_pct,
           round(((exp(p.d - 1.645 * p.se) - 1) * 100)::numeric, 1) as low_pct,
           round(((exp(p.d + 1.645 * p.se) - 1) * 100)::numeric, 1) as high_pct
    from roles r
    join prem_pops k on k.pop_key = coalesce(r.survey_dev_type, 'All respondents')
    join prem_estimates p on p.pop_id = k.pop_id
    join skills s on s.id = p.skill_id
) x;

-- Estimate contract 5: every skill and certification with a premium for the role x
-- region. The region's own rows in premiums (today: the reference report's rows for
-- backend-developer x us) override the national survey rows item by item; reference
-- rows are published ranges, so clear = true and point = the middle of the range.
-- The region is matched exactly (a state's own rows do not reach its metros).
-- 005's all-respondent survey rows (premiums, region NULL) are superseded here by
-- the per-role rows of estimate_skill_premiums and not returned.
create function estimate_premiums(role_slug text, region_slug text)
returns table (kind text, slug text, name text, point_pct numeric, low_pct numeric, high_pct numeric,
               n integer, clear boolean, basis text, publisher text, vintage text, top_decile_with_slug text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
-- A SECURITY DEFINER function is planned on every call; the joins are written in a
-- good order (small filtered table first, then primary-key lookups), so skipping the
-- join-order search halves the time per call (~2 ms -> ~1 ms).
set join_collapse_limit = 1
set from_collapse_limit = 1
as $$
    with own as (
        select p.kind, coalesce(sk.slug, ce.slug)::text as slug, coalesce(sk.name, ce.name) as name,
               round((p.low_pct + p.high_pct) / 2, 1) as point_pct, p.low_pct, p.high_pct, p.n,
               true as clear, p.basis, s.publisher, s.vintage, tw.slug::text as top_decile_with_slug
        from premiums p
        join roles r on r.id = p.role_id
        join regions g on g.id = p.region_id
        join sources s on s.id = p.source_id
        left join skills sk on sk.id = p.skill_id
        left join certifications ce on ce.id = p.certification_id
        left join skills tw on tw.id = p.top_decile_with_skill_id
        where r.slug = role_slug and g.slug = region_slug
    )
    select o.kind, o.slug, o.name, o.point_pct, o.low_pct, o.high_pct, o.n, o.clear, o.basis,
           o.publisher, o.vintage, o.top_decile_with_slug
    from own o
    union all
    select 'skill', sk.slug::text, sk.name, e.point_pct, e.low_pct, e.high_pct, e.n, e.clear, e.basis,
           s.publisher, s.vintage, null::text
    from roles r
    join estimate_skill_premiums e on e.role_id = r.id
    join skills sk on sk.id = e.skill_id
    join sources s on s.id = e.source_id
    where r.slug = role_slug
      and exists (select 1 from regions g where g.slug = region_slug)
      and not exists (select 1 from own o where o.kind = 'skill' and o.slug = sk.slug)
$$;
comment on function estimate_premiums(text, text) is 'Estimate contract 5: skill/certification premiums (point, 90 % interval) for a role x region; the region''s own published rows override the national per-role survey rows item by item.';

do $$
declare
    bad text;
begin
    -- the reference report's premiums reach the estimate for backend-developer x us ...
    if (select count(*) from estimate_premiums('backend-developer', 'us') p
        where (p.kind, p.slug, p.low_pct, p.high_pct, p.point_pct, p.clear) in
              (('skill', 'react-nextjs', 15, 25, 20, true), ('certification', 'aws-certified-developer', 18, 22, 20, true))) <> 2 then
        raise exception 'estimate_premiums(backend-developer, us): reference react-nextjs 15-25 / aws-certified-developer 18-22 missing';
    end if;
    -- ... once each, next to survey rows for the other skills
    if exists (select 1 from estimate_premiums('backend-developer', 'us') p group by p.kind, p.slug having count(*) > 1)
       or (select count(*) from estimate_premiums('backend-developer', 'us') p where p.basis like 'Stack Overflow%') < 20 then
        raise exception 'estimate_premiums(backend-developer, us): duplicate items or too few survey rows';
    end if;
    -- elsewhere react-nextjs is the survey's own figure
    if not exists (select 1 from estimate_premiums('backend-developer', 'us-ca') p
                   where p.slug = 'react-nextjs' and p.n >= 30 and p.basis like 'Stack Overflow%') then
        raise exception 'estimate_premiums(backend-developer, us-ca): no survey row for react-nextjs';
    end if;
    -- roles without a developer type get the all-respondent rows
    select string_agg(r.slug, ', ') into bad from roles r
    where r.survey_dev_type is null
      and (select count(*) from estimate_skill_premiums e where e.role_id = r.id) < 100;
    if bad is not null then
        raise exception 'estimate premiums: too few all-respondent rows for %', bad;
    end if;
end $$;
