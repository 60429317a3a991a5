-- 032: employment, location quotient and jobs per 1,000 credited to the source they come from (v_figures.employment_*).
--
-- A market figure's source_id is the source of its pay figures. 008's derived
-- state figures of developer roles take their pay from the national figure (for
-- Backend Developer the reference report, April 2026) but their employment,
-- location quotient and jobs per 1,000 from BLS OEWS May 2025 for the role's
-- occupation in the state: the report credited those to the reference report.
-- employment_source_id names the source of those three numbers on every row that
-- has any of them; v_figures shows it.

alter table market_figures add column employment_source_id integer references sources;
comment on column market_figures.employment_source_id is 'Source of employment, location_quotient and jobs_per_1000 (which may differ from source_id, the source of the pay figures); NULL when the row has none of the three.';
create index market_figures_employment_source_id_idx on market_figures (employment_source_id);

-- Every other row took them from its own source (003: BLS as published; 008 step 1
-- and 3: the occupation's BLS figure; 012: metros have none).
update market_figures set employment_source_id = source_id
where num_nonnulls(employment, location_quotient, jobs_per_1000) > 0;

-- 008 step 2: the occupation's BLS May 2025 figures for the state.
update market_figures f set employment_source_id = bls.id
from roles r, regions g, sources bls
where r.id = f.role_id and g.id = f.region_id and bls.slug = 'bls-oews-2025'
  and r.kind = 'developer' and g.kind = 'state' and f.rank = 1 and f.derivation like 'Derived:%'
  and num_nonnulls(f.employment, f.location_quotient, f.jobs_per_1000) > 0;

alter table market_figures add constraint market_figures_employment_source_check
    check ((employment_source_id is null) = (num_nonnulls(employment, location_quotient, jobs_per_1000) = 0));

do $$
declare
    bad bigint;
begin
    -- the three numbers of every row are exactly those of the BLS estimate it credits
    -- (role's occupation x region x the credited source's year)
    select count(*) into bad
    from market_figures f
    join roles r on r.id = f.role_id
    where f.employment_source_id is not null
      and not exists (select 1 from oews_wages w
                      where w.soc_code = r.soc_code and w.region_id = f.region_id
                        and w.source_id = f.employment_source_id
                        and w.employment is not distinct from f.employment
                        and w.location_quotient is not distinct from f.location_quotient
                        and w.jobs_per_1000 is not distinct from f.jobs_per_1000);
    if bad > 0 then
        raise exception 'employment source: % figures whose employment / location quotient / jobs per 1,000 are not the credited BLS estimate', bad;
    end if;
end $$;

-- Contract 3, extended at the end (create or replace keeps the columns before).
create or replace view v_figures as
select r.slug::text as role_slug, g.slug::text as region_slug, f.rank::integer as rank,
       s.publisher, s.title as source_title, s.url as source_url, s.license, s.vintage,
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.data_points,
       f.projection, f.projection_method, f.derivation,
       o.title as occupation_title, o.soc_code,
       es.publisher as employment_publisher, es.title as employment_source_title,
       es.vintage as employment_vintage, es.citation as employment_citation
from market_figures f
join roles r on r.id = f.role_id
join regions g on g.id = f.region_id
join sources s on s.id = f.source_id
join occupations o on o.soc_code = r.soc_code
left join sources es on es.id = f.employment_source_id;
comment on view v_figures is 'Contract 3: market figures per role x region; rank 1 = the primary figure. employment_* name the source of employment, location quotient and jobs per 1,000 (NULL when the row has none).';
