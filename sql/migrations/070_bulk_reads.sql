-- 070: everything a read needs, as views the program loads once into memory (its snapshot); it then answers every
-- read from there and runs no SQL per read. Each view has the cell's keys first and then the same columns as the
-- per-cell function it stands for; estimate_base() and official_vs_survey() are now lookups in these views, so
-- the two can never disagree.
--
-- The program reloads the snapshot on NOTIFY payband_reload (sent at the end of every migration run and by
-- payband-admin after a change of data or a new fit), and refreshes one cell's crowd figures on NOTIFY
-- payband_crowd with the payload 'role-slug region-slug' (sent when a contribution's status changes).

-- Published premiums of every cell that has any (skill_premiums() of that cell, published rows only).
create view v_published_premiums as
select r.slug::text as role_slug, g.slug::text as region_slug, x.*
from (select distinct role_id, region_id from premiums where region_id is not null) c
join roles r on r.id = c.role_id
join regions g on g.id = c.region_id
cross join lateral skill_premiums(r.slug, g.slug) x
where x.origin = 'published';

-- Every narrative row with its role and region (NULL = any); the program picks the most specific level per
-- section exactly as report_narratives() does.
create view v_narratives as
select r.slug::text as role_slug, g.slug::text as region_slug, n.section, n.position::integer as position, n.body
from narratives n
left join roles r on r.id = n.role_id
left join regions g on g.id = n.region_id;

-- The official BLS figure the fallback chain uses for the role's occupation in each region (042's
-- official_vs_survey(), every role x region), beside the survey's figure for the role.
create view v_official_vs_survey as
select r.slug::text as role_slug, q.slug::text as region_slug, g.name as bls_region_name, w.soc_code,
       o.title as occupation_title, s.vintage as bls_vintage, w.a_mean as bls_mean, w.a_median as bls_median,
       m.dev_type as survey_dev_type, m.n as survey_n, m.p25 as survey_p25, m.median as survey_median,
       m.p75 as survey_p75
from roles r
cross join regions q
join survey_role_summary m on m.role_id = r.id
left join occupation_anchors a on a.soc_code = r.soc_code and a.region_id = q.id
left join oews_wages w on w.soc_code = a.soc_code and w.region_id = a.figure_region_id and w.source_id = a.source_id
left join regions g on g.id = w.region_id
left join occupations o on o.soc_code = w.soc_code
left join sources s on s.id = w.source_id;

create or replace function official_vs_survey(p_role text, p_region text)
returns table (bls_region_name text, soc_code text, occupation_title text, bls_vintage text,
               bls_mean integer, bls_median integer, survey_dev_type text, survey_n integer,
               survey_p25 integer, survey_median integer, survey_p75 integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select bls_region_name, soc_code, occupation_title, bls_vintage, bls_mean, bls_median, survey_dev_type,
           survey_n, survey_p25, survey_median, survey_p75
    from v_official_vs_survey where role_slug = p_role and region_slug = p_region
$$;

-- The estimate's starting figure for every role x region: the anchor occupation's figure in the region (041's chain,
-- through estimate_bases), with the anchor occupation's one-year change (040's stable rule).
create view v_estimate_bases as
select r.slug::text as role_slug, q.slug::text as requested_region_slug, g.slug::text as region_slug,
       g.name as region_name, b.fallback,
       b.mean, b.median, b.p10, b.p25, b.p75, b.p90, b.projection, b.shape_note,
       s.publisher, s.vintage, s.title as source_title, f.derivation,
       p.change_pct::double precision as projection_pct,
       p.method as projection_method,
       o.title as occupation_title, o.soc_code
from roles r
join roles a on a.soc_code = r.anchor_soc_code and a.kind = 'occupation'
join occupations o on o.soc_code = r.anchor_soc_code
join estimate_bases b on b.role_id = a.id
join regions q on q.id = b.region_id
join regions g on g.id = b.figure_region_id
join market_figures f on f.id = b.figure_id
join sources s on s.id = f.source_id
left join occupation_projections p on p.soc_code = r.anchor_soc_code;

create or replace function estimate_base(role_slug text, requested_slug text)
returns table (requested_region_slug text, region_slug text, region_name text, fallback boolean,
               mean integer, median integer, p10 integer, p25 integer, p75 integer, p90 integer,
               projection integer, shape_note text, publisher text, vintage text, source_title text,
               derivation text, projection_pct double precision, projection_method text,
               occupation_title text, soc_code text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select requested_region_slug, region_slug, region_name, fallback, mean, median, p10, p25, p75, p90, projection,
           shape_note, publisher, vintage, source_title, derivation, projection_pct, projection_method,
           occupation_title, soc_code
    from v_estimate_bases b where b.role_slug = estimate_base.role_slug and b.requested_region_slug = requested_slug
$$;

-- Crowd figures of every cell with accepted contributions (other cells: none yet).
create view v_crowd_figures as
select r.slug::text as role_slug, g.slug::text as region_slug, x.*
from (select distinct role_id, region_id from contributions where status = 'accepted') c
join roles r on r.id = c.role_id
join regions g on g.id = c.region_id
cross join lateral crowd_figures(r.slug, g.slug) x;

grant select on v_published_premiums, v_narratives, v_official_vs_survey, v_estimate_bases, v_crowd_figures
    to payband_web;

-- A contribution stored, accepted, held or rejected tells every running program which cell to refresh (delivered at
-- commit, so a rolled-back one tells nobody; the same cell twice in one transaction is one notification).
create function contributions_notify() returns trigger
language plpgsql
set search_path = pg_catalog, public, pg_temp
as $$
begin
    perform pg_notify('payband_crowd',
                      (select r.slug || ' ' || g.slug from roles r, regions g
                       where r.id = new.role_id and g.id = new.region_id));
    return null;
end $$;
create trigger contributions_notify after insert or update of status on contributions
    for each row execute function contributions_notify();
