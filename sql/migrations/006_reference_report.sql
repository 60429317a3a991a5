-- 006: the reference market report (April 2026) for Backend Developer x United States: figure, premiums, wording.
--
-- Source: sql/data/reference-report-2026-04.txt. Figures are copied as published;
-- the report gives no percentiles and does not say how it projects.

insert into market_figures (role_id, region_id, source_id, rank, mean, data_points, as_of,
                            projection, projection_method)
select r.id, g.id, s.id, 1, 159428, 1368, s.as_of,
       178559, 'As published in the payband reference report (April 2026); method not stated by the source.'
from roles r, regions g, sources s
where r.slug = 'backend-developer' and g.slug = 'us' and s.slug = 'payband-reference-2026-04';

-- Premiums are stored with region 'us': they are the cell's own rows and take
-- precedence over the national survey rows (region NULL) only for this cell.
insert into premiums (role_id, region_id, kind, skill_id, certification_id, low_pct, high_pct,
                      top_decile_with_skill_id, basis, n, source_id, rank)
select r.id, g.id, 'skill', (select id from skills where slug = 'react-nextjs'), null::integer, 15, 25,
       (select id from skills where slug = 'nodejs'),
       'Published premium, payband reference report (April 2026)', null::integer, s.id, 1
from roles r, regions g, sources s
where r.slug = 'backend-developer' and g.slug = 'us' and s.slug = 'payband-reference-2026-04'
union all
select r.id, g.id, 'certification', null::integer, (select id from certifications where slug = 'aws-certified-developer'), 18, 22,
       null::integer,
       'Published premium, payband reference report (April 2026)', null::integer, s.id, 1
from roles r, regions g, sources s
where r.slug = 'backend-developer' and g.slug = 'us' and s.slug = 'payband-reference-2026-04';

-- The report's wording, section by section. Figures and the featured skill and
-- certification are placeholders so the text always matches the data shown;
-- everything else (including the 2-4x AI claim) is kept as the source wrote it.
-- The report has a "Required Skills" heading but no text under it: no row here.
insert into narratives (role_id, region_id, section, position, body, source_id)
select r.id, g.id, v.section, v.position, v.body, s.id
from roles r, regions g, sources s,
(values
    ('overview', 1,
     $$Market intelligence for {region} positions the {role} as one of the highest-leverage technical roles entering 2026. With current average compensation at {mean} and projections reaching {projected}, the salary trajectory reflects two converging forces: a persistent talent deficit in senior-level positions and an expanding scope of responsibility as {role} teams are increasingly embedded in product and revenue functions rather than siloed support units.$$),
    ('demand', 1,
     $$In {region}'s Software Engineering ecosystem, demand for {role} talent is being driven not just by headcount expansion but by role evolution. As {role} responsibilities increasingly intersect with AI strategy, data governance, and product development, organizations are reclassifying these positions at higher compensation bands. This structural repricing benefits existing practitioners who can demonstrate adaptability across the expanding scope of the role.$$),
    ('growth_catalyst', 1,
     $$To command a premium in today's market, mastering **{top_skill}** is non-negotiable. It's the #1 skill that separates the top 1% from the rest.$$),
    ('career_moat', 1,
     $$Building a 'career moat' starts with credentials. Obtaining the **{top_cert}** is a proven way to signal your expertise to high-paying employers.$$),
    ('skill_premium', 1,
     $$The compensation ceiling for {role} professionals is directly correlated with skill portfolio depth. Market data indicates that practitioners proficient in **{top_skill}** command a {top_skill_range} premium over generalists, while those who combine it with **{combo_skill}** can access the top decile of compensation. The certification landscape further differentiates earnings: holders of the **{top_cert}** credential report {top_cert_range} higher total compensation packages on average.$$),
    ('ai_impact', 1,
     $$The integration of generative AI and autonomous agents into {role} workflows is reshaping the value proposition of the role itself. Rather than displacing practitioners, current evidence suggests that AI amplifies the output of skilled {role} professionals by 2-4x in areas such as code generation, data analysis, and documentation. The professionals who will command premium compensation in 2026 are those who can orchestrate AI tools effectively — treating them as force multipliers rather than replacements for technical judgment.$$),
    ('negotiation', 1,
     $$Negotiation strategy for {role} roles should reflect the supply-demand dynamics revealed by the data. With the market moving from {mean} toward {projected}, you are negotiating in an environment of structural talent scarcity. The most effective approach is to frame your compensation request around the cost of *not* hiring you — what does it cost the organization in delayed projects, lost revenue, or suboptimal technical decisions to leave the position unfilled while searching for a cheaper alternative?$$),
    ('checklist', 1,
     $$Market Positioning: Target the {projected} bracket by demonstrating expertise in {top_skill}.$$),
    ('checklist', 2,
     $$Negotiation Leverage: When discussing your offer, don't just ask for more. Ask for a 'Systemic Impact Bonus' tied to your ability to implement **{top_skill}** effectively.$$),
    ('checklist', 3,
     $$Career Moat: Priority focus on obtaining {top_cert}.$$),
    ('checklist', 4,
     $$AI Readiness: Integrate AI-assisted workflows into your practice to demonstrate the "AI fluency premium" that top employers value.$$)
) as v(section, position, body)
where r.slug = 'backend-developer' and g.slug = 'us' and s.slug = 'payband-reference-2026-04';
