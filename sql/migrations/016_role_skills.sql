-- 016: skills for the estimate form (every skill with its share among the role's survey respondents), v_skills and v_certifications.

-- Human labels for the survey's technology groups, used by the form and the API.
-- (skills.category keeps 002's singular labels, which the report page shows.)
create table skill_categories (
    survey_category text primary key check (survey_category in ('language', 'webframe', 'platform', 'database', 'tools', 'misc_tech')),
    label           text not null unique,
    sort_order      smallint not null unique
);
comment on table skill_categories is 'Display label per survey technology group (Stack Overflow 2023 question), for the estimate form and /api/v1/skills.';
insert into skill_categories (survey_category, label, sort_order) values
    ('language', 'Languages', 1),
    ('webframe', 'Web frameworks', 2),
    ('platform', 'Cloud platforms', 3),
    ('database', 'Databases', 4),
    ('tools', 'Tools', 5),
    ('misc_tech', 'Other technologies', 6);

do $$
begin
    if exists (select 1 from skills s where not exists
               (select 1 from skill_categories c where c.survey_category = s.survey_category)) then
        raise exception 'skill_categories: a skill has no category label (survey_category NULL or new)';
    end if;
end $$;

-- Share of the role's respondents using each skill, every skill listed (0 where
-- nobody in the group uses it). Group: all respondents of the role's developer type,
-- as role_required_skills (005) counts them, so the two agree; roles without a
-- developer type: all respondents. react-nextjs counts users of React or Next.js.
create table role_skill_shares (
    role_id     integer not null references roles,
    skill_id    integer not null references skills,
    share_pct   numeric(4,1) not null check (share_pct between 0 and 100),
    users       integer not null check (users >= 0),
    n           integer not null check (n > 0),
    rank        smallint not null check (rank > 0),
    primary key (role_id, skill_id)
);
comment on table role_skill_shares is 'Every skill with the share of the role''s survey respondents (developer type; all respondents for roles without one) who used it (Stack Overflow Developer Survey 2023; ODbL 1.0). Computed by migration 016.';
comment on column role_skill_shares.rank is 'Rank within the skill''s category: share descending, then name.';
comment on column role_skill_shares.n is 'Respondents in the role''s group.';

create temp table share_skill_users as
select respondent_id, skill_id from survey_respondent_skills
union
select rs.respondent_id, c.id
from survey_respondent_skills rs
join skills s on s.id = rs.skill_id
join skills c on c.slug = 'react-nextjs'
where s.survey_category = c.survey_category
  and s.survey_name = any (string_to_array(c.survey_name, '; '));
analyze share_skill_users;

set local jit = off;   -- JIT compiling the one-off queries below costs more than it saves
analyze roles, skills, survey_respondents;   -- planner statistics for the join below

insert into role_skill_shares (role_id, skill_id, share_pct, users, n, rank)
-- counted once per group (the 15 roles without a developer type share one), then
-- given to each role of the group
with grp as (
    select coalesce(r.survey_dev_type, 'All respondents') as pop_key, p.respondent_id
    from (select distinct survey_dev_type from roles) r
    join survey_respondents p on r.survey_dev_type is null or p.dev_type = r.survey_dev_type
),
sizes as (select pop_key, count(*) as n from grp group by pop_key),
used as (
    select g.pop_key, u.skill_id, count(*) as users
    from grp g join share_skill_users u on u.respondent_id = g.respondent_id
    group by g.pop_key, u.skill_id
)
select r.id, s.id, round(coalesce(u.users, 0) * 100.0 / z.n, 1), coalesce(u.users, 0), z.n,
       row_number() over (partition by r.id, s.survey_category
                          order by coalesce(u.users, 0) desc, s.name, s.slug)
from roles r
join sizes z on z.pop_key = coalesce(r.survey_dev_type, 'All respondents')
cross join skills s
left join used u on u.pop_key = z.pop_key and u.skill_id = s.id;

do $$
begin
    -- every role lists every skill
    if (select count(*) from role_skill_shares) <> (select count(*) from roles) * (select count(*) from skills) then
        raise exception 'role_skill_shares: % rows, expected roles x skills = %',
            (select count(*) from role_skill_shares), (select count(*) from roles) * (select count(*) from skills);
    end if;
    -- same numbers as the report page's required skills (005)
    if exists (select 1 from role_required_skills q
               join role_skill_shares s on s.role_id = q.role_id and s.skill_id = q.skill_id
               where s.share_pct <> q.share_pct or s.n <> q.n) then
        raise exception 'role_skill_shares disagrees with role_required_skills';
    end if;
end $$;

-- Estimate contract 6: all skills for the role, share NULL-free, ranked within category.
create function role_skills(role_slug text)
returns table (slug text, name text, category text, share_pct numeric, rank integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select s.slug::text, s.name, c.label, x.share_pct, x.rank::integer
    from role_skill_shares x
    join roles r on r.id = x.role_id
    join skills s on s.id = x.skill_id
    join skill_categories c on c.survey_category = s.survey_category
    where r.slug = role_slug
$$;
comment on function role_skills(text) is 'Estimate contract 6: every skill with the share of the role''s survey respondents using it, ranked within its category.';

create view v_skills as
select s.slug::text as slug, s.name, c.label as category
from skills s
join skill_categories c on c.survey_category = s.survey_category;
comment on view v_skills is 'Estimate contract 6: all skills with their category label (/api/v1/skills).';

create view v_certifications as
select c.slug::text as slug, c.name, c.issuer
from certifications c;
comment on view v_certifications is 'Estimate contract 6: certifications (only those with pay data).';
