-- 021: the survey's own pay figure per role beside the official (BLS) one, for the estimate page's comparison.

-- The survey side, computed once: full-time U.S. respondents of the role's developer type (all full-time
-- respondents for roles without one, as the experience curves do).
create table survey_role_summary (
    role_id     integer primary key references roles,
    dev_type    text,
    n           integer not null check (n > 0),
    p25         integer not null,
    median      integer not null,
    p75         integer not null
);
comment on table survey_role_summary is 'Stack Overflow Developer Survey 2023: total pay of full-time U.S. respondents per role (ODbL 1.0).';

insert into survey_role_summary (role_id, dev_type, n, p25, median, p75)
select r.id, r.survey_dev_type, count(*),
       round(percentile_cont(0.25) within group (order by s.annual_comp_usd)),
       round(percentile_cont(0.5) within group (order by s.annual_comp_usd)),
       round(percentile_cont(0.75) within group (order by s.annual_comp_usd))
from roles r
join survey_respondents s on (r.survey_dev_type is null or s.dev_type = r.survey_dev_type)
where 'Employed, full-time' = any (string_to_array(s.employment, ';'))
group by r.id, r.survey_dev_type;

do $$
begin
    if (select count(*) from roles) <> (select count(*) from survey_role_summary) then
        raise exception 'a role has no survey summary';
    end if;
end $$;

-- official_vs_survey(role, region): the BLS May 2025 figure of the role's occupation in the region, or in its
-- nearest parent that has one, beside the survey's national figure for the role.
create function official_vs_survey(p_role text, p_region text)
returns table (bls_region_name text, soc_code text, occupation_title text, bls_vintage text,
               bls_mean integer, bls_median integer, survey_dev_type text, survey_n integer,
               survey_p25 integer, survey_median integer, survey_p75 integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with recursive up(id, depth) as (
        select g.id, 0 from regions g where g.slug = p_region
        union all
        select g.parent_id, up.depth + 1 from up join regions g on g.id = up.id where g.parent_id is not null
    ),
    bls as (
        select g.name, w.soc_code, o.title, s.vintage, w.a_mean, w.a_median
        from roles r
        join up on true
        join oews_wages w on w.soc_code = r.soc_code and w.region_id = up.id and w.year = 2025
        join regions g on g.id = up.id
        join occupations o on o.soc_code = w.soc_code
        join sources s on s.id = w.source_id
        where r.slug = p_role and (w.a_mean is not null or w.a_median is not null)
        order by up.depth
        limit 1
    )
    select b.name, b.soc_code, b.title, b.vintage, b.a_mean, b.a_median,
           m.dev_type, m.n, m.p25, m.median, m.p75
    from roles r
    join survey_role_summary m on m.role_id = r.id
    left join bls b on true
    where r.slug = p_role
$$;
comment on function official_vs_survey(text, text) is 'The official (BLS OEWS May 2025) figure beside the survey''s figure for a role.';

revoke execute on function official_vs_survey(text, text) from public;
grant execute on function official_vs_survey(text, text) to payband_web;
