-- 007: default report wording (any role, any region): factual, neutral, no figures of its own.
--
-- Each row uses only placeholders the program fills from the cell's data, and a
-- row whose placeholders have no value is skipped by the program. So sentences
-- that depend on optional data (projection, location quotient, premiums,
-- certifications) sit in rows of their own and fall away cleanly.
insert into narratives (role_id, region_id, section, position, body, source_id)
select null, null, v.section, v.position, v.body, null
from (values
    ('overview', 1,
     $$payband's market figure for {role} in {region} is an average of {mean} ({publisher}, {vintage}).$$),
    ('overview', 2,
     $$Its one-year projection is {projected}.$$),
    ('demand', 1,
     $$BLS counts {employment} jobs in this occupation in {region}.$$),
    ('demand', 2,
     $$Its location quotient there is {lq}: the occupation's share of jobs in {region} relative to its share nationally (1.0 = the same share).$$),
    ('growth_catalyst', 1,
     $$Of the technologies most used by {role} respondents to the Stack Overflow Developer Survey 2023, **{top_skill}** shows the largest pay difference: users reported a median pay {top_skill_range} above non-users with similar experience (U.S. full-time respondents; descriptive, not causal).$$),
    ('career_moat', 1,
     $$The certification with pay data for {role} is **{top_cert}**, with a reported premium of {top_cert_range}.$$),
    ('skill_premium', 1,
     $$Skill premiums compare the median pay of survey respondents who use a technology with that of non-users in the same experience band (Stack Overflow Developer Survey 2023, U.S. full-time respondents). They describe differences, not causes: skills go together with role, employer and each other. For {role}, **{top_skill}** shows the largest difference among its most-used technologies, at {top_skill_range}.$$),
    ('required_skills_intro', 1,
     $$Share of {role} respondents to the Stack Overflow Developer Survey 2023 (U.S.) who worked with each technology in the past year.$$),
    ('ai_impact', 1,
     $$payband has no published figure on AI's effect on pay for {role}.$$),
    ('negotiation', 1,
     $$For {role} in {region}, the current average is {mean}: a published reference point for an offer or a raise.$$),
    ('negotiation', 2,
     $$For pay meant to hold over the coming year, the one-year projection of {projected} is a second reference point.$$),
    ('negotiation', 3,
     $$The median, {median}, is the midpoint: half of the jobs pay less, half pay more.$$),
    ('checklist', 1,
     $$Market position: compare your pay with the {mean} average for {role} in {region}.$$),
    ('checklist', 2,
     $$Outlook: the one-year projection is {projected}.$$),
    ('checklist', 3,
     $$Skills: **{top_skill}** has the largest pay premium on record for {role} ({top_skill_range}).$$),
    ('checklist', 4,
     $$Credentials: **{top_cert}** ({top_cert_range} reported premium).$$)
) as v(section, position, body);
