-- 005: load the Stack Overflow 2023 survey (U.S.) and derive required skills and survey skill premiums.

create temp table stage_respondents (
    respondent_id text, survey_year text, country text, dev_type text, employment text, remote_work text,
    ed_level text, org_size text, age text, years_code text, years_code_pro text, work_exp text,
    ic_or_pm text, industry text, annual_comp_usd text
);
\copy stage_respondents from 'data/so_survey_2023_us_respondents.csv' with (format csv, header true)

insert into survey_respondents
select respondent_id::integer, survey_year::smallint, country, nullif(dev_type, ''), nullif(employment, ''),
       nullif(remote_work, ''), nullif(ed_level, ''), nullif(org_size, ''), nullif(age, ''),
       nullif(years_code, '')::numeric, nullif(years_code_pro, '')::numeric, nullif(work_exp, '')::numeric,
       nullif(ic_or_pm, ''), nullif(industry, ''), annual_comp_usd::integer
from stage_respondents;

create temp table stage_respondent_skills (respondent_id text, category text, skill text);
\copy stage_respondent_skills from 'data/so_survey_2023_us_respondent_skills.csv' with (format csv, header true)

insert into survey_respondent_skills (respondent_id, skill_id)
select r.respondent_id::integer, s.id
from stage_respondent_skills r
join skills s on s.survey_category = r.category and s.survey_name = r.skill;

create temp table stage_skill_comp (
    survey_year text, category text, skill text, n_with text, comp_p25_with text, comp_median_with text,
    comp_p75_with text, n_without text, comp_median_without text, raw_median_diff_pct text,
    exp_band_adjusted_median_diff_pct text
);
\copy stage_skill_comp from 'data/so_survey_2023_us_skill_comp_summary.csv' with (format csv, header true)

insert into survey_skill_comp_summary
select s.id, c.survey_year::smallint, c.n_with::integer, nullif(c.comp_p25_with, '')::integer,
       nullif(c.comp_median_with, '')::integer, nullif(c.comp_p75_with, '')::integer,
       c.n_without::integer, nullif(c.comp_median_without, '')::integer,
       nullif(c.raw_median_diff_pct, '')::numeric, nullif(c.exp_band_adjusted_median_diff_pct, '')::numeric
from stage_skill_comp c
join skills s on s.survey_category = c.category and s.survey_name = c.skill;

create temp table stage_comp_by_exp (
    survey_year text, dev_type text, years_code_pro_band text, n text,
    comp_p10 text, comp_p25 text, comp_median text, comp_p75 text, comp_p90 text
);
\copy stage_comp_by_exp from 'data/so_survey_2023_us_comp_by_devtype_experience.csv' with (format csv, header true)

insert into survey_comp_by_experience
select survey_year::smallint, dev_type, years_code_pro_band, n::integer,
       nullif(comp_p10, '')::integer, nullif(comp_p25, '')::integer, nullif(comp_median, '')::integer,
       nullif(comp_p75, '')::integer, nullif(comp_p90, '')::integer
from stage_comp_by_exp;

do $$
begin
    -- the joins above drop rows whose technology is not in skills: there must be none
    if (select count(*) from survey_respondent_skills) <> (select count(*) from stage_respondent_skills) then
        raise exception 'survey_respondent_skills: % rows loaded, % in the CSV',
            (select count(*) from survey_respondent_skills), (select count(*) from stage_respondent_skills);
    end if;
    if (select count(*) from survey_skill_comp_summary) <> (select count(*) from stage_skill_comp) then
        raise exception 'survey_skill_comp_summary: % rows loaded, % in the CSV',
            (select count(*) from survey_skill_comp_summary), (select count(*) from stage_skill_comp);
    end if;
    -- every role's survey developer type must exist in the survey, or it silently gets no skills
    if exists (select 1 from roles r where r.survey_dev_type is not null
               and not exists (select 1 from survey_respondents p where p.dev_type = r.survey_dev_type)) then
        raise exception 'a roles.survey_dev_type has no survey respondents';
    end if;
end $$;

-- Required skills: the 12 technologies most used by respondents of the role's
-- developer type (ties broken by slug so the list is stable).
insert into role_required_skills (role_id, skill_id, share_pct, n, rank)
select role_id, skill_id, round(users * 100.0 / n, 1), n, rank
from (
    select r.id as role_id, rs.skill_id, count(*) as users, t.n,
           row_number() over (partition by r.id order by count(*) desc, s.slug) as rank
    from roles r
    join (select dev_type, count(*) as n from survey_respondents group by dev_type) t
         on t.dev_type = r.survey_dev_type
    join survey_respondents p on p.dev_type = r.survey_dev_type
    join survey_respondent_skills rs on rs.respondent_id = p.respondent_id
    join skills s on s.id = rs.skill_id
    group by r.id, rs.skill_id, s.slug, t.n
) ranked
where rank <= 12;

-- Survey skill premiums, national (region NULL): of each role's required skills,
-- those whose experience-adjusted pay difference is positive. The survey gives a
-- single value, so low = high. Computed over all full-time respondents, not per role.
insert into premiums (role_id, region_id, kind, skill_id, low_pct, high_pct, basis, n, source_id, rank)
select rr.role_id, null, 'skill', rr.skill_id,
       c.exp_band_adjusted_median_diff_pct, c.exp_band_adjusted_median_diff_pct,
       'Stack Overflow Developer Survey 2023, U.S. full-time respondents: median pay of users vs non-users '
       'within the same experience band (descriptive, not causal)',
       c.n_with, (select id from sources where slug = 'so-survey-2023'),
       row_number() over (partition by rr.role_id
                          order by c.exp_band_adjusted_median_diff_pct desc, c.n_with desc, s.slug)
from role_required_skills rr
join survey_skill_comp_summary c on c.skill_id = rr.skill_id
join skills s on s.id = rr.skill_id
where c.exp_band_adjusted_median_diff_pct > 0;
