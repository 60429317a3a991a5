-- 012: derived market figures for every role x metro area: the state's figure scaled by the metro's OFLC Level III wage.
--
-- There are no BLS metro estimates in sql/data, only the OFLC wage levels, which
-- OFLC builds from the OEWS May 2024 area distributions (Level III is close to the
-- area median). So a metro figure is its state's rank-1 figure for the same role x
-- (metro OFLC Level III annual / state OEWS May 2024 median of the role's SOC).
-- Both sides of the ratio come from the same OEWS vintage, so the ratio measures
-- the metro's pay level relative to its state, not wage growth. Mean, median,
-- percentiles and projection are all scaled by that one ratio (which keeps the
-- percentiles ordered); employment, location quotient and jobs per 1,000 describe
-- whole areas and are not scaled (NULL). The row keeps the state figure's source
-- (as 008 keeps the national figure's source for state rows); the OFLC input is
-- named in `derivation`.
--
-- No row where the state has no rank-1 figure with a mean or median, where BLS
-- did not publish the state's May 2024 median, or where OFLC has no level for the
-- SOC code in that metro: estimate_base (017) then falls back to the state.

set local jit = off;   -- JIT compiling the one-off queries below costs more than it saves
-- Fresh rows (011) have no planner statistics yet; without them this join runs ~10x slower.
analyze regions, oflc_wage_levels, market_figures, oews_wages;

insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            as_of, projection, projection_method, derivation)
select d.role_id, d.metro_id, d.source_id, 1,
       round(d.mean * d.ratio)::integer, round(d.median * d.ratio)::integer,
       round(d.p10 * d.ratio)::integer, round(d.p25 * d.ratio)::integer,
       round(d.p75 * d.ratio)::integer, round(d.p90 * d.ratio)::integer,
       d.as_of, round(d.projection * d.ratio)::integer,
       case when d.projection is not null then
           format('The %s projection scaled by the same ratio (%s). How the %s projection was made: %s',
                  d.state_name, to_char(d.ratio, 'FM990.000'), d.state_name, d.state_projection_method)
       end,
       format('Derived: %s %s figure (%s) × the ratio of the %s OFLC Level III wage for %s (%s), wage year %s (%s), '
              'to the %s OEWS May 2024 median (%s) (%s). OFLC levels are approximate wage bands, not published percentiles.',
              d.role_title, d.state_name, d.citation, d.metro_name, d.occ_title, d.soc_code, d.wage_year,
              to_char(d.level3_annual, 'FM$999,999,990'), d.state_name, to_char(d.state_median, 'FM$999,999,990'),
              to_char(d.ratio, 'FM990.000'))
       || case when d.state_derivation is not null
               then format(' How the %s figure was made: %s', d.state_name, d.state_derivation)
               else '' end
from (
    select r.id as role_id, r.title as role_title, m.id as metro_id, m.name as metro_name,
           st.name as state_name, o.soc_code, o.title as occ_title,
           f.source_id, fs.citation, f.as_of,
           f.mean::numeric as mean, f.median::numeric as median, f.p10::numeric as p10, f.p25::numeric as p25,
           f.p75::numeric as p75, f.p90::numeric as p90, f.projection::numeric as projection,
           f.projection_method as state_projection_method, f.derivation as state_derivation,
           l.level3_annual, w.a_median as state_median,
           -- '2025-2026' -> '2025-26', as people write it
           left(l.wage_year, 5) || right(l.wage_year, 2) as wage_year,
           l.level3_annual::numeric / w.a_median as ratio
    from roles r
    join occupations o on o.soc_code = r.soc_code
    join regions m on m.kind = 'metro'
    join regions st on st.id = m.parent_id
    join market_figures f on f.role_id = r.id and f.region_id = st.id and f.rank = 1
    join sources fs on fs.id = f.source_id
    join oflc_wage_levels l on l.area_code = m.fips and l.soc_code = r.soc_code
    join sources bls on bls.slug = 'bls-oews-2024'
    join oews_wages w on w.soc_code = r.soc_code and w.region_id = st.id and w.source_id = bls.id
    where w.a_median is not null
      -- an hourly wage (25-1021's cells are annual wages; no role maps to it today)
      and l.level3_hourly < 1000
      and (f.mean is not null or f.median is not null)
) d;

do $$
begin
    -- every metro has at least one role with a figure (else the metro is useless in the picker)
    if exists (select 1 from regions m where m.kind = 'metro'
               and not exists (select 1 from market_figures f where f.region_id = m.id)) then
        raise exception 'metro figures: a metro area has no figure at all';
    end if;
    -- the one-ratio scaling keeps the figure consistent (the table checks the percentile order)
    if exists (select 1 from market_figures f join regions m on m.id = f.region_id and m.kind = 'metro'
               where f.rank <> 1 or f.derivation is null or f.employment is not null) then
        raise exception 'metro figures: unexpected row shape';
    end if;
end $$;
