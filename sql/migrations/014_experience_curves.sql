-- 014: experience curve per role (pay factor by years of professional coding), computed from the 2023 survey at load time.
--
-- The estimate scales a role x region base figure by a factor for the user's
-- experience. The factor is the survey's median pay in an experience band divided
-- by the median of the whole group, so it carries only the shape of pay over a
-- career, not the survey's (self-reported, Stack Overflow-skewed) pay level.
-- Group: full-time U.S. respondents ('Employed, full-time' among their employment
-- answers) with a years_code_pro answer, of the role's survey developer type; roles
-- without one use all such respondents. Bands 0-2, 3-5, 6-10, 11-20, 21-60 years
-- (the ready-made file so_survey_2023_us_comp_by_devtype_experience.csv uses the
-- same bands and group, which the check at the end relies on).

create table experience_curve_bands (
    role_id     integer not null references roles,
    years_from  smallint not null check (years_from >= 0),
    years_to    smallint not null,
    midpoint    numeric(4,1) not null,
    factor      numeric(5,3) not null check (factor > 0),
    band_factor numeric(5,3) not null check (band_factor > 0),
    p25_ratio   numeric(5,3) not null check (p25_ratio > 0 and p25_ratio <= 1),
    p75_ratio   numeric(5,3) not null check (p75_ratio >= 1),
    n           integer not null check (n > 0),
    median_pay  integer not null check (median_pay > 0),
    basis       text not null,
    source_id   integer not null references sources,
    primary key (role_id, years_from),
    check (years_from <= years_to),
    check (midpoint between years_from and years_to + 1),
    check (factor >= band_factor)
);
comment on table experience_curve_bands is 'Pay factor by years of professional coding per role (Stack Overflow Developer Survey 2023, full-time U.S. respondents; ODbL 1.0). Computed by migration 014.';
comment on column experience_curve_bands.factor is 'Band median pay / the group''s overall median pay, made non-decreasing with experience (running maximum).';
comment on column experience_curve_bands.band_factor is 'The band''s own factor before it was made non-decreasing.';
comment on column experience_curve_bands.midpoint is 'Median years_code_pro of the band''s respondents.';
comment on column experience_curve_bands.p25_ratio is 'Band p25 pay / band median pay (spread for the estimate''s range).';
comment on column experience_curve_bands.median_pay is 'Band median total pay in USD (survey level; shown for transparency, not used as a wage level).';

create temp table curve_band_defs (band_no int primary key, years_from int, years_to int);
insert into curve_band_defs values (1, 0, 2), (2, 3, 5), (3, 6, 10), (4, 11, 20), (5, 21, 60);

-- Respondents by group: one group per developer type that a role maps to, plus
-- 'All respondents' (everyone, including the few without a developer type).
-- years_code_pro is whole years except 0.5 ("less than 1 year") and 51 ("more than
-- 50"), so the band is decided on floor(years).
create temp table curve_members as
select k.pop_key, p.respondent_id, b.band_no, p.annual_comp_usd as pay, p.years_code_pro as years
from survey_respondents p
join curve_band_defs b on floor(p.years_code_pro) between b.years_from and b.years_to
join (select distinct survey_dev_type as pop_key from roles where survey_dev_type is not null
      union all select 'All respondents') k
  on k.pop_key = 'All respondents' or k.pop_key = p.dev_type
where 'Employed, full-time' = any (string_to_array(p.employment, ';'))
  and p.years_code_pro is not null;

do $$
begin
    if (select count(*) from curve_members where pop_key = 'All respondents')
       <> (select count(*) from survey_respondents p
           where 'Employed, full-time' = any (string_to_array(p.employment, ';')) and p.years_code_pro is not null) then
        raise exception 'experience curves: a respondent fell outside the 0-60 year bands';
    end if;
end $$;

create temp table curve_band_counts as
select k.pop_key, d.band_no, count(m.respondent_id)::int as n
from (select distinct pop_key from curve_members) k
cross join curve_band_defs d
left join curve_members m on m.pop_key = k.pop_key and m.band_no = d.band_no
group by k.pop_key, d.band_no;

-- Merging: a band with fewer than 10 respondents is merged into its neighbour toward
-- the middle band (6-10), repeatedly, outermost first, so the ends of the curve are
-- never made of a handful of answers. If the middle group itself stays below 10 it
-- joins its smaller neighbour (never happens with this data, but keeps the rule total).
create temp table curve_groups (pop_key text, band_no int, group_from int, group_to int);
create temp table curve_small_bands (pop_key text, band_no int);

do $$
declare
    k text;
    cnt int[];
    lo int[]; hi int[]; gn int[];   -- current groups, as band ranges with their sizes
    i int; pick int; best int; dist int; target int;
begin
    for k in select distinct pop_key from curve_band_counts loop
        select array_agg(c.n order by c.band_no) into cnt from curve_band_counts c where c.pop_key = k;
        lo := array[1, 2, 3, 4, 5]; hi := array[1, 2, 3, 4, 5]; gn := cnt;
        insert into curve_small_bands select k, b from generate_subscripts(cnt, 1) b where cnt[b] < 10;
        loop
            exit when array_length(gn, 1) = 1;
            pick := null; best := -1;
            for i in 1 .. array_length(gn, 1) loop
                if gn[i] < 10 then
                    dist := case when hi[i] < 3 then 3 - hi[i] when lo[i] > 3 then lo[i] - 3 else 0 end;
                    if dist > best then best := dist; pick := i; end if;   -- ties: the less experienced first
                end if;
            end loop;
            exit when pick is null;
            if hi[pick] < 3 then
                target := pick + 1;
            elsif lo[pick] > 3 then
                target := pick - 1;
            elsif pick = 1 then
                target := 2;
            elsif pick = array_length(gn, 1) then
                target := pick - 1;
            else
                target := case when gn[pick - 1] <= gn[pick + 1] then pick - 1 else pick + 1 end;
            end if;
            -- merge group `pick` into `target` (adjacent), then drop `pick`
            lo[target] := least(lo[target], lo[pick]);
            hi[target] := greatest(hi[target], hi[pick]);
            gn[target] := gn[target] + gn[pick];
            lo := lo[1:pick - 1] || lo[pick + 1:]; hi := hi[1:pick - 1] || hi[pick + 1:]; gn := gn[1:pick - 1] || gn[pick + 1:];
        end loop;
        for i in 1 .. array_length(gn, 1) loop
            insert into curve_groups select k, b, lo[i], hi[i] from generate_series(lo[i], hi[i]) b;
        end loop;
    end loop;
end $$;

-- Statistics per merged band, medians by linear interpolation (percentile_cont, as
-- the ready-made survey files use).
create temp table curve_stats as
with grp as (
    select m.pop_key, g.group_from, g.group_to, m.pay, m.years
    from curve_members m
    join curve_groups g on g.pop_key = m.pop_key and g.band_no = m.band_no
),
overall as (
    select pop_key, count(*) as total_n, percentile_cont(0.5) within group (order by pay) as overall_median
    from curve_members group by pop_key
),
bands as (
    select pop_key, group_from, group_to, count(*) as n,
           percentile_cont(0.25) within group (order by pay) as p25,
           percentile_cont(0.5) within group (order by pay) as median,
           percentile_cont(0.75) within group (order by pay) as p75,
           percentile_cont(0.5) within group (order by years) as midpoint
    from grp group by pop_key, group_from, group_to
)
select b.pop_key, f.years_from, t.years_to, b.group_from, b.group_to, b.n, b.p25, b.median, b.p75, b.midpoint,
       o.total_n, o.overall_median,
       round((b.median / o.overall_median)::numeric, 3) as band_factor,
       -- running maximum: a band whose median is below a less experienced band's takes that band's factor
       max(round((b.median / o.overall_median)::numeric, 3))
           over (partition by b.pop_key order by b.group_from rows unbounded preceding) as factor,
       (select string_agg(d.years_from || '-' || d.years_to, ', ' order by d.band_no)
          from curve_band_defs d where d.band_no between b.group_from and b.group_to) as merged_labels,
       (select string_agg(d.years_from || '-' || d.years_to, ', ' order by d.band_no)
          from curve_small_bands s join curve_band_defs d on d.band_no = s.band_no
         where s.pop_key = b.pop_key and s.band_no between b.group_from and b.group_to) as small_labels
from bands b
join overall o on o.pop_key = b.pop_key
join curve_band_defs f on f.band_no = b.group_from
join curve_band_defs t on t.band_no = b.group_to;

insert into experience_curve_bands (role_id, years_from, years_to, midpoint, factor, band_factor, p25_ratio, p75_ratio,
                                    n, median_pay, basis, source_id)
select r.id, c.years_from, c.years_to, round(c.midpoint::numeric, 1), c.factor, c.band_factor,
       round((c.p25 / c.median)::numeric, 3), round((c.p75 / c.median)::numeric, 3),
       c.n, round(c.median)::integer,
       case when r.survey_dev_type is null then
           format('No survey developer type maps to %s, so this is the curve of all U.S. full-time respondents. ', r.title)
       else '' end
       || format('Stack Overflow Developer Survey 2023, U.S. full-time respondents%s with %s years of professional coding (n = %s): '
                 'their median total pay (%s) ÷ the median of all %s such respondents (%s).',
                 case when r.survey_dev_type is not null then format(' of developer type "%s"', r.survey_dev_type) else '' end,
                 case when c.years_to = 60 then c.years_from || ' or more' else c.years_from || '-' || c.years_to end,
                 to_char(c.n, 'FM999,999,990'), to_char(round(c.median), 'FM$999,999,990'),
                 to_char(c.total_n, 'FM999,999,990'), to_char(round(c.overall_median), 'FM$999,999,990'))
       || case when c.group_from <> c.group_to then
              format(' Bands %s merged into one: fewer than 10 respondents in %s (such a band is merged into its neighbour toward the middle of the range).',
                     c.merged_labels, c.small_labels)
          else '' end
       || case when c.factor > c.band_factor then
              format(' Made non-decreasing: a band whose median is below a less experienced band''s takes that band''s factor (this band alone: %s).',
                     to_char(c.band_factor, 'FM990.000'))
          else '' end,
       (select id from sources where slug = 'so-survey-2023')
from roles r
join curve_stats c on c.pop_key = coalesce(r.survey_dev_type, 'All respondents');

comment on column experience_curve_bands.basis is 'How the band was computed, incl. any merge and the non-decreasing adjustment.';

do $$
declare
    bad text;
begin
    -- every role has a curve
    select string_agg(r.slug, ', ') into bad from roles r
    where not exists (select 1 from experience_curve_bands e where e.role_id = r.id);
    if bad is not null then
        raise exception 'experience curve: no rows for roles %', bad;
    end if;
    -- factors never fall with more experience
    select string_agg(distinct r.slug, ', ') into bad
    from (select role_id, factor, lag(factor) over (partition by role_id order by years_from) as prev
          from experience_curve_bands) e
    join roles r on r.id = e.role_id
    where e.factor < e.prev;
    if bad is not null then
        raise exception 'experience curve: factor decreases with experience for roles %', bad;
    end if;
    -- bands cover 0-60 years without gaps or overlaps
    select string_agg(distinct r.slug, ', ') into bad
    from (select role_id, years_from, years_to,
                 lag(years_to) over (partition by role_id order by years_from) as prev_to,
                 min(years_from) over (partition by role_id) as first_from,
                 max(years_to) over (partition by role_id) as last_to
          from experience_curve_bands) e
    join roles r on r.id = e.role_id
    where e.first_from <> 0 or e.last_to <> 60 or e.years_from <> coalesce(e.prev_to + 1, 0);
    if bad is not null then
        raise exception 'experience curve: bands do not cover 0-60 years for roles %', bad;
    end if;
    -- bands of fewer than 10 people are merged away
    if exists (select 1 from experience_curve_bands where n < 10) then
        raise exception 'experience curve: a band with fewer than 10 respondents';
    end if;
    -- the raw microdata reproduce the ready-made file: same group sizes and medians
    -- for every unmerged developer-type band and every developer type overall
    select string_agg(format('%s %s', c.dev_type, c.years_code_pro_band), '; ') into bad
    from survey_comp_by_experience c
    join (select s.pop_key, case when s.years_to = 60 then '21+' else s.years_from || '-' || s.years_to end as band,
                 s.n, s.median
          from curve_stats s where s.group_from = s.group_to
          union all
          select distinct pop_key, 'all', total_n, overall_median from curve_stats) s
      on s.pop_key = c.dev_type and s.band = c.years_code_pro_band
    where c.dev_type <> 'All respondents'
      and (s.n <> c.n or round(s.median) <> c.comp_median);
    if bad is not null then
        raise exception 'experience curve: microdata disagree with so_survey_2023_us_comp_by_devtype_experience.csv for %', bad;
    end if;
end $$;

-- Estimate contract 4.
create function experience_curve(role_slug text)
returns table (years_from integer, years_to integer, midpoint numeric, factor numeric,
               p25_ratio numeric, p75_ratio numeric, n integer, basis text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select e.years_from::integer, e.years_to::integer, e.midpoint, e.factor, e.p25_ratio, e.p75_ratio, e.n, e.basis
    from experience_curve_bands e
    join roles r on r.id = e.role_id
    where r.slug = role_slug
$$;
comment on function experience_curve(text) is 'Estimate contract 4: the role''s pay factor by years of professional coding (non-decreasing).';
