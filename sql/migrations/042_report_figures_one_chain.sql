-- 042: report figures follow the one chain: every role x region's primary figure is its occupation's anchor (041), projected by the occupation's rule (040), with a visible caution where one is due.
--
-- Before, reports and estimates fell back differently (003/008/012): an occupation role showed a state's May 2024
-- figure where May 2025 was missing while a developer role of the same occupation had no state figure and
-- started from the nation; metro figures mixed a May 2025 state figure with a May 2024 ratio unchecked; a
-- state with only May 2024 figures had no report figure for developer roles although the estimate had one.
-- Now, for every role x region (nation, states, metros), rank 1 is built from occupation_anchors:
--
--   occupation roles     the anchor itself (derivation NULL where it is the region's own BLS figure, else the
--                        anchor's note);
--   developer roles      the same figure, the derivation naming the occupation;
--   roles whose national figure is not BLS's (Backend Developer: the reference report, April 2026, kept as it
--                        is at rank 1 in the United States): that national figure x the ratio of the anchor's
--                        mean to the U.S. mean of the same BLS vintage (for states as 008 did with May 2025,
--                        now in every region and vintage the chain gives).
--
-- Further ranks (nation and states) are the region's own BLS figures in the other vintages, newest first, as
-- before. The projection of every BLS-based figure is its mean x (1 + the occupation's change, 040); rows from
-- other vintages than the anchor's carry none. `caution` holds what must be read beside a figure: May 2024
-- where May 2025 is missing, a metro figure corrected to its OFLC band, a median left outside it.
-- estimate_bases is rebuilt from these rows (refresh_estimate_bases(), 017): every cell now has its own row, so
-- the report and the estimate start from the same figure and say the same thing about it.

set local jit = off;   -- JIT compiling these one-off queries costs more than it saves

alter table market_figures add column caution text check (caution <> '');
comment on column market_figures.caution is 'A sentence to show beside the figure (older vintage, OFLC band correction or flag); NULL when there is none.';

-- A projection always says how it was made; a method may now also stand alone, to say why there is none.
do $$
declare
    c text;
begin
    select conname into c from pg_constraint
    where conrelid = 'market_figures'::regclass and contype = 'c'
      and pg_get_constraintdef(oid) = 'CHECK (((projection IS NULL) = (projection_method IS NULL)))';
    if c is null then
        raise exception 'market_figures: the projection/method check of 001 is not where expected';
    end if;
    execute format('alter table market_figures drop constraint %I', c);
end $$;
alter table market_figures add constraint market_figures_projection_method_check
    check (projection is null or projection_method is not null);

create function pg_temp.money(v numeric) returns text language sql immutable as $$
    select to_char(round(v), 'FM$999,999,990')
$$;

-- Roles whose national rank-1 figure is from another publisher than BLS (the reference report).
create temp table ref_fig as
select f.*, s.citation
from market_figures f
join regions us on us.id = f.region_id and us.kind = 'nation'
join sources s on s.id = f.source_id and s.slug not like 'bls-oews-%'
where f.rank = 1;

do $$
begin
    if (select count(*) from ref_fig) <> 1
       or not exists (select 1 from ref_fig f join roles r on r.id = f.role_id
                      where r.slug = 'backend-developer' and f.mean = 159428 and f.projection = 178559
                        and f.data_points = 1368) then
        raise exception 'market_figures: expected exactly one non-BLS national figure, the reference report''s';
    end if;
end $$;

-- Every role x region with its anchor and projection rule.
create temp table cell as
select r.id as role_id, r.title as role_title, r.kind as role_kind, o.soc_code, o.title as occ_title,
       g.id as region_id, g.kind as region_kind, g.name as region_name,
       a.figure_region_id, a.fallback, a.source_id, s.as_of, s.vintage, extract(year from s.as_of)::integer as year,
       a.mean, a.median,
       case when 'p10' = any (a.filled || a.topcoded) then null else a.p10 end as p10,
       case when 'p25' = any (a.filled || a.topcoded) then null else a.p25 end as p25,
       case when 'p75' = any (a.filled || a.topcoded) then null else a.p75 end as p75,
       case when 'p90' = any (a.filled || a.topcoded) then null else a.p90 end as p90,
       a.employment, a.location_quotient, a.jobs_per_1000, a.note,
       -- the derivation (the note) says it all; the caution says what must not be missed, briefly
       nullif(concat_ws(' ', a.vintage_note,
                        case when a.band_factor < 1 then
                                 format('Corrected to the OFLC band: the median is limited to this metro''s OFLC Level IV '
                                        'wage (%s).', pg_temp.money(a.band_high))
                             when a.band_factor > 1 then
                                 format('Corrected to the OFLC band: the median is raised to this metro''s OFLC Level I '
                                        'wage (%s).', pg_temp.money(a.band_low))
                        end,
                        a.band_flag), '') as caution,
       p.change_pct,
       coalesce(p.method, format('No projection: %s (%s) is not one of the tech occupations payband projects.',
                                 o.title, o.soc_code)) as method,
       rf.id is not null as ref_role, rf.mean as ref_mean, rf.source_id as ref_source_id, rf.as_of as ref_as_of,
       rf.citation as ref_citation, usw.a_mean as us_mean
from roles r
join occupations o on o.soc_code = r.soc_code
cross join regions g
join occupation_anchors a on a.soc_code = r.soc_code and a.region_id = g.id
join sources s on s.id = a.source_id
left join occupation_projections p on p.soc_code = r.soc_code
left join ref_fig rf on rf.role_id = r.id
-- the U.S. mean of the anchor's vintage: the denominator of a reference-derived figure's ratio
join regions us on us.kind = 'nation'
join oews_wages usw on usw.soc_code = r.soc_code and usw.region_id = us.id and usw.source_id = a.source_id;

create temp table want (
    role_id integer, region_id integer, rank smallint, source_id integer,
    mean integer, median integer, p10 integer, p25 integer, p75 integer, p90 integer,
    employment integer, location_quotient numeric(6,2), jobs_per_1000 numeric(8,3), as_of date,
    projection integer, projection_method text, derivation text, caution text,
    primary key (role_id, region_id, rank)
);

-- Rank 1, BLS-based: occupation and developer roles (every cell but a reference-derived role's).
insert into want
select c.role_id, c.region_id, 1, c.source_id, c.mean, c.median, c.p10, c.p25, c.p75, c.p90,
       c.employment, c.location_quotient, c.jobs_per_1000, c.as_of,
       round(c.mean * (1 + c.change_pct / 100)), c.method,
       case
       when c.role_kind = 'occupation' then
           case when c.fallback not in ('none', 'older-vintage') then c.note end
       else
           format('BLS publishes no separate figure for %s; this is the figure for its occupation, %s (%s)%s.',
                  c.role_title, c.occ_title, c.soc_code,
                  case when c.region_kind = 'state' and c.fallback in ('none', 'older-vintage')
                       then ', in ' || c.region_name else '' end)
           || case when c.fallback not in ('none', 'older-vintage') then ' ' || c.note else '' end
       end,
       c.caution
from cell c
where not c.ref_role;

-- Rank 1, reference-derived (Backend Developer outside the United States): the national reference figure x
-- anchor mean / U.S. mean of the same vintage. The reference publishes only a mean, so there are no percentiles.
insert into want
select c.role_id, c.region_id, 1, c.ref_source_id, d.mean, null, null, null, null, null,
       c.employment, c.location_quotient, c.jobs_per_1000, c.ref_as_of,
       round(d.mean * (1 + c.change_pct / 100)), c.method,
       case
       when c.fallback in ('none', 'older-vintage') then
           format('Derived: %s national figure (%s) × the BLS %s-to-U.S. ratio of mean wages for %s (%s), %s (%s).',
                  c.role_title, c.ref_citation, c.region_name, c.occ_title, c.soc_code, c.vintage, d.ratio_text)
           || case when c.employment is not null then
                  format(' Employment, location quotient and jobs per 1,000 are the BLS figures for %s in %s, %s: '
                         'they describe the whole occupation.', c.occ_title, c.region_name, c.vintage)
              else '' end
       when c.fallback = 'parent' and c.figure_region_id = (select id from regions where kind = 'nation') then
           format('BLS published no median for %s (%s) in %s, neither May 2025 nor May 2024; this is the %s national '
                  'figure (%s) as it is.', c.occ_title, c.soc_code, c.region_name, c.role_title, c.ref_citation)
       else
           format('Derived: %s national figure (%s) × %s, the ratio of the mean of the BLS figure for %s (%s) used '
                  'for %s (%s) to the U.S. %s mean (%s). How that figure was made: %s',
                  c.role_title, c.ref_citation, d.ratio_text, c.occ_title, c.soc_code, c.region_name,
                  pg_temp.money(c.mean), c.vintage, pg_temp.money(c.us_mean), c.note)
       end,
       c.caution
from cell c
cross join lateral (select round(c.ref_mean::numeric * c.mean / c.us_mean)::integer as mean,
                           to_char(round(c.mean::numeric / c.us_mean, 3), 'FM990.000') as ratio_text) d
where c.ref_role and c.region_kind <> 'nation';

-- Further ranks (nation and states): the region's own BLS figures in the vintages rank 1 does not show, newest
-- first; for a reference-derived role every one of them. Only the anchor's own figure carries a projection.
insert into want
select c.role_id, c.region_id,
       (1 + row_number() over (partition by c.role_id, c.region_id order by w.year desc))::smallint,
       w.source_id, w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90,
       w.employment, w.location_quotient, w.jobs_per_1000, s.as_of,
       case when own then round(w.a_mean * (1 + c.change_pct / 100)) end,
       case when own then c.method end,
       case when c.role_kind = 'developer' then
           format('BLS publishes no separate figure for %s; this is the figure for its occupation, %s (%s)%s.',
                  c.role_title, c.occ_title, c.soc_code,
                  case when c.region_kind = 'state' then ', in ' || c.region_name else '' end)
       end,
       null
from cell c
join oews_wages w on w.soc_code = c.soc_code and w.region_id = c.region_id and w.year in (2024, 2025)
join sources s on s.id = w.source_id
cross join lateral (select w.region_id = c.figure_region_id and w.source_id = c.source_id
                           and c.fallback in ('none', 'older-vintage') as own) x
where c.region_kind in ('nation', 'state')
  and (c.ref_role or not own)
  -- a row with nothing published is no figure
  and num_nonnulls(w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90,
                   w.employment, w.location_quotient, w.jobs_per_1000) > 0;

-- Apply: the reference row stays as it is; matching rows are updated in place (their ids kept), the rest
-- deleted or inserted. estimate_bases points at market_figures: emptied first, rebuilt at the end.
delete from estimate_bases;

delete from market_figures f
where f.id not in (select id from ref_fig)
  and not exists (select 1 from want w where (w.role_id, w.region_id, w.rank) = (f.role_id, f.region_id, f.rank));

update market_figures f
set source_id = w.source_id, mean = w.mean, median = w.median, p10 = w.p10, p25 = w.p25, p75 = w.p75,
    p90 = w.p90, employment = w.employment, location_quotient = w.location_quotient,
    jobs_per_1000 = w.jobs_per_1000, data_points = null, as_of = w.as_of, projection = w.projection,
    projection_method = w.projection_method, derivation = w.derivation, caution = w.caution,
    -- employment, location quotient and jobs per 1,000 come from the same BLS row as the pay figures (032)
    employment_source_id = case when num_nonnulls(w.employment, w.location_quotient, w.jobs_per_1000) > 0
                                then w.source_id end
from want w
where (w.role_id, w.region_id, w.rank) = (f.role_id, f.region_id, f.rank);

insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            employment, location_quotient, jobs_per_1000, as_of, projection, projection_method,
                            derivation, caution, employment_source_id)
select w.role_id, w.region_id, w.source_id, w.rank, w.mean, w.median, w.p10, w.p25, w.p75, w.p90,
       w.employment, w.location_quotient, w.jobs_per_1000, w.as_of, w.projection, w.projection_method,
       w.derivation, w.caution,
       case when num_nonnulls(w.employment, w.location_quotient, w.jobs_per_1000) > 0 then w.source_id end
from want w
where not exists (select 1 from market_figures f
                  where (f.role_id, f.region_id, f.rank) = (w.role_id, w.region_id, w.rank));

-- 032's rule on the rebuilt rows: employment, location quotient and jobs per 1,000 are the occupation's BLS figures
-- for the cell; where the pay figure's source is not BLS (derived from the reference report), name the BLS row
-- they were copied from (the newest vintage with the same employment).
update market_figures f set employment_source_id = (
    select w.source_id from oews_wages w
    where w.soc_code = r.soc_code and w.region_id = f.region_id and w.employment = f.employment
    order by w.year desc limit 1)
from roles r, sources s
where r.id = f.role_id and s.id = f.source_id and s.slug not like 'bls-%'
  and f.employment is not null
  and exists (select 1 from oews_wages w where w.soc_code = r.soc_code and w.region_id = f.region_id
              and w.employment = f.employment);

-- 033's top-code marks, on the rebuilt rows: a figure that is a BLS row as published keeps its top-codes
update market_figures f set topcoded = w.topcoded
from roles r, oews_wages w
where r.id = f.role_id and w.soc_code = r.soc_code and w.region_id = f.region_id and w.source_id = f.source_id
  and cardinality(w.topcoded) > 0
  and (f.mean, f.median, f.p10, f.p25, f.p75, f.p90)
      is not distinct from (w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90);

analyze market_figures;
do $$ begin perform refresh_estimate_bases(); end $$;
analyze estimate_bases;

-- Contract 3 again (009), with the caution last: the program reads it beside each figure.
create or replace view v_figures as
select r.slug::text as role_slug, g.slug::text as region_slug, f.rank::integer as rank,
       s.publisher, s.title as source_title, s.url as source_url, s.license, s.vintage,
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.data_points,
       f.projection, f.projection_method, f.derivation,
       o.title as occupation_title, o.soc_code,
       es.publisher as employment_publisher, es.title as employment_source_title,
       es.vintage as employment_vintage, es.citation as employment_citation,
       f.topcoded, case when cardinality(f.topcoded) > 0 then s.topcode_annual end as topcoded_at_least,
       f.caution
from market_figures f
join roles r on r.id = f.role_id
join regions g on g.id = f.region_id
join sources s on s.id = f.source_id
join occupations o on o.soc_code = r.soc_code
left join sources es on es.id = f.employment_source_id;
comment on view v_figures is 'Contract 3: market figures per role x region; rank 1 = the primary figure; caution = a sentence to show beside it.';

-- 003's view, for any later use: the projection rule of 040 on the figure each cell's chain uses (the newest
-- vintage with a median), no longer the cell's own year-over-year change.
create or replace view oews_figures as
select w.soc_code, w.region_id, w.year, w.source_id, s.as_of,
       w.a_mean as mean, w.a_median as median, w.a_pct10 as p10, w.a_pct25 as p25,
       w.a_pct75 as p75, w.a_pct90 as p90,
       w.employment, w.location_quotient, w.jobs_per_1000,
       case when newest then round(w.a_mean * (1 + p.change_pct / 100))::integer end as projection,
       case when newest and p.change_pct is not null then p.method end as projection_method
from oews_wages w
join sources s on s.id = w.source_id
left join occupation_projections p on p.soc_code = w.soc_code
cross join lateral (select w.a_median is not null
                           and not exists (select 1 from oews_wages n
                                           where n.soc_code = w.soc_code and n.region_id = w.region_id
                                             and n.year > w.year and n.a_median is not null) as newest) x
where num_nonnulls(w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90,
                   w.employment, w.location_quotient, w.jobs_per_1000) > 0;
comment on view oews_figures is 'BLS OEWS estimates shaped as market figures; the projection (040''s rule) only on each cell''s newest figure with a median.';

-- The estimate's official figure (021) follows the same chain: the BLS figure of the region and vintage the
-- anchor uses, as published (for a metro: its state's, or the nation's).
create or replace function official_vs_survey(p_role text, p_region text)
returns table (bls_region_name text, soc_code text, occupation_title text, bls_vintage text,
               bls_mean integer, bls_median integer, survey_dev_type text, survey_n integer,
               survey_p25 integer, survey_median integer, survey_p75 integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with bls as (
        select g.name, w.soc_code, o.title, s.vintage, w.a_mean, w.a_median
        from roles r
        join regions q on q.slug = p_region
        join occupation_anchors a on a.soc_code = r.soc_code and a.region_id = q.id
        join oews_wages w on w.soc_code = a.soc_code and w.region_id = a.figure_region_id and w.source_id = a.source_id
        join regions g on g.id = w.region_id
        join occupations o on o.soc_code = w.soc_code
        join sources s on s.id = w.source_id
        where r.slug = p_role
    )
    select b.name, b.soc_code, b.title, b.vintage, b.a_mean, b.a_median,
           m.dev_type, m.n, m.p25, m.median, m.p75
    from roles r
    join survey_role_summary m on m.role_id = r.id
    left join bls b on true
    where r.slug = p_role
$$;
comment on function official_vs_survey(text, text) is 'The official (BLS OEWS) figure the fallback chain uses for a role x region (occupation_anchors), beside the survey''s figure for the role.';

do $$
declare
    bad text;
    x record;
    y record;
    n_metro integer;
    n_ok integer;
begin
    -- a primary figure for every role x region, with a mean, and a median wherever it is BLS's
    select string_agg(format('%s/%s', r.slug, g.slug), ', ') into bad
    from roles r cross join regions g
    where not exists (select 1 from market_figures f where f.role_id = r.id and f.region_id = g.id and f.rank = 1
                      and f.mean is not null
                      and (f.median is not null or f.source_id in (select source_id from ref_fig)));
    if bad is not null then
        raise exception 'market_figures: no primary figure for %', left(bad, 500);
    end if;
    -- the reference report's figure is untouched
    if not exists (select 1 from market_figures f join ref_fig rf on rf.id = f.id
                   where (f.rank, f.mean, f.projection, f.data_points, f.projection_method, f.as_of)
                         is not distinct from (rf.rank, rf.mean, rf.projection, rf.data_points, rf.projection_method, rf.as_of)
                     and f.derivation is null and f.caution is null) then
        raise exception 'market_figures: the reference report''s figure changed';
    end if;
    -- report and anchor agree: same vintage everywhere; the same numbers for BLS-based figures
    select string_agg(format('%s/%s', r.slug, g.slug), ', ') into bad
    from market_figures f
    join roles r on r.id = f.role_id
    join regions g on g.id = f.region_id
    join occupation_anchors a on a.soc_code = r.soc_code and a.region_id = g.id
    where f.rank = 1 and f.id not in (select id from ref_fig)
      and case when f.source_id in (select source_id from ref_fig)
               then f.as_of <> (select as_of from ref_fig)
               else f.source_id <> a.source_id or f.mean <> a.mean or f.median <> a.median end;
    if bad is not null then
        raise exception 'market_figures: primary figure and anchor disagree for %', left(bad, 500);
    end if;
    -- the issue's cases
    select f.source_id, f.mean, f.median, f.caution into x
    from market_figures f join roles r on r.id = f.role_id join regions g on g.id = f.region_id
    where r.slug = 'data-engineer' and g.slug = 'us-wy' and f.rank = 1;
    select f.source_id, f.mean, f.median, f.caution into y
    from market_figures f join roles r on r.id = f.role_id join regions g on g.id = f.region_id
    where r.slug = 'database-architect' and g.slug = 'us-wy' and f.rank = 1;
    if x.source_id is distinct from (select id from sources where slug = 'bls-oews-2024')
       or (x.source_id, x.mean, x.median, x.caution) is distinct from (y.source_id, y.mean, y.median, y.caution)
       or x.caution not like 'BLS did not publish a May 2025 median for Database Architects (15-1243) in Wyoming%' then
        raise exception 'data-engineer/us-wy (%) and database-architect/us-wy (%) do not fall back alike', x, y;
    end if;
    if not exists (select 1 from market_figures f join roles r on r.id = f.role_id join regions g on g.id = f.region_id
                   join sources s on s.id = f.source_id
                   where r.slug = 'frontend-developer' and g.slug = 'us-fl' and f.rank = 1
                     and s.slug = 'bls-oews-2024' and f.median = 81410 and f.caution is not null) then
        raise exception 'frontend-developer/us-fl: no May 2024 Florida figure';
    end if;
    -- projections: the occupation's change on every BLS-based figure that has one; never beyond 10 %
    if exists (select 1 from market_figures f join roles r on r.id = f.role_id
               left join occupation_projections p on p.soc_code = r.soc_code
               where f.id not in (select id from ref_fig) and f.projection is not null
                 and (f.projection <> round(f.mean * (1 + p.change_pct / 100))
                      or abs(f.projection::numeric / f.mean - 1) > 0.10)) then
        raise exception 'market_figures: a projection off the occupation''s rule or beyond 10 %%';
    end if;
    if exists (select 1 from market_figures f join roles r on r.id = f.role_id
               join occupation_projections p on p.soc_code = r.soc_code
               where f.rank = 1 and f.id not in (select id from ref_fig)
                 and (f.projection is null) <> (p.change_pct is null)) then
        raise exception 'market_figures: a primary figure without the projection its occupation has (or with one it has not)';
    end if;
    -- metros: >= 98 % of occupation x metro medians inside their OFLC Level I-IV band or shown with a caution
    select count(*), count(*) filter (where f.median between l.level1_annual and l.level4_annual or f.caution is not null)
      into n_metro, n_ok
    from market_figures f
    join roles r on r.id = f.role_id and r.kind = 'occupation'
    join regions m on m.id = f.region_id and m.kind = 'metro'
    join oflc_wage_levels l on l.area_code = m.fips and l.soc_code = r.soc_code
    where f.rank = 1;
    if n_metro = 0 or n_ok < 0.98 * n_metro then
        raise exception 'market_figures: % of % occupation x metro figures inside the OFLC band or with a caution',
            n_ok, n_metro;
    end if;
    -- the estimate starts from the cell's own primary figure everywhere
    if exists (select 1 from roles r cross join regions g
               where not exists (select 1 from estimate_bases b join market_figures f on f.id = b.figure_id
                                 where b.role_id = r.id and b.region_id = g.id and not b.fallback and f.rank = 1)) then
        raise exception 'estimate_bases: a cell that does not start from its own primary figure';
    end if;
    -- 017's check of the reference cell still holds (the table; the estimate itself starts from 022's anchor)
    select b.* into x from estimate_bases b join roles r on r.id = b.role_id join regions g on g.id = b.region_id
    where r.slug = 'backend-developer' and g.slug = 'us';
    if x.mean is distinct from 159428 or x.fallback or x.p90 is distinct from 231090 or x.projection <> 178559 then
        raise exception 'estimate_base(backend-developer, us): % (expected mean 159428, p90 231090, projection 178559)', x;
    end if;
    -- the estimate's official figure names the chain's region and vintage
    select * into x from official_vs_survey('data-engineer', 'us-wy');
    if x.bls_region_name <> 'Wyoming' or x.bls_vintage <> 'May 2024' or x.bls_median <> 62760 then
        raise exception 'official_vs_survey(data-engineer, us-wy): %', x;
    end if;
    select * into x from official_vs_survey('backend-developer', 'us-ca-san-jose-sunnyvale-santa-clara');
    if x.bls_region_name <> 'California' or x.bls_vintage <> 'May 2025' then
        raise exception 'official_vs_survey(backend-developer, San Jose): %', x;
    end if;
end $$;
