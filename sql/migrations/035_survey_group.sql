-- 035: one definition of a role's survey group wherever its size is stated: U.S. full-time respondents with a years_code_pro answer.
--
-- 021 counted the survey side of the official-vs-survey comparison over every
-- full-time respondent of the role's developer type (Backend Developer: 1,854),
-- while the experience curve (014) and the estimate's model count those with a
-- years_code_pro answer (1,850): one page gave the group two sizes. The summary
-- now uses the model's group: full-time U.S. respondents of the role's developer
-- type (all of them for roles without one) who answered years_code_pro.

delete from survey_role_summary;
insert into survey_role_summary (role_id, dev_type, n, p25, median, p75)
select r.id, r.survey_dev_type, count(*),
       round(percentile_cont(0.25) within group (order by s.annual_comp_usd)),
       round(percentile_cont(0.5) within group (order by s.annual_comp_usd)),
       round(percentile_cont(0.75) within group (order by s.annual_comp_usd))
from roles r
join survey_respondents s on (r.survey_dev_type is null or s.dev_type = r.survey_dev_type)
where 'Employed, full-time' = any (string_to_array(s.employment, ';'))
  and s.years_code_pro is not null
group by r.id, r.survey_dev_type;

comment on table survey_role_summary is 'Stack Overflow Developer Survey 2023: total pay of the role''s survey group (ODbL 1.0): full-time U.S. respondents of its developer type (all, for roles without one) with a years_code_pro answer, the group of the experience curve and the estimate model.';

do $$
begin
    if (select count(*) from roles) <> (select count(*) from survey_role_summary) then
        raise exception 'a role has no survey summary';
    end if;
    -- the group 014 states for Backend Developers ("all 1,850 such respondents")
    if (select m.n from survey_role_summary m join roles r on r.id = m.role_id
        where r.slug = 'backend-developer') <> 1850 then
        raise exception 'survey_role_summary: Backend Developers are not the 1,850 of the model''s group';
    end if;
end $$;
