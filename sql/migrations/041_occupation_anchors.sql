-- 041: one fallback chain for every page, in one place: the BLS figure each occupation x region starts from (occupation_anchors, filled here) and occupation_anchor(soc, region) for the web role.
--
-- The chain, the same for every occupation and region:
--   nation, state  its own BLS OEWS May 2025 figure         fallback 'none'
--                  else its own May 2024 figure              'older-vintage' (the note says May 2025 is missing)
--                  else (a state) the nation's figure        'parent'
--   metro          the figure its state uses x (metro OFLC Level III / the state's OEWS May 2024 median):
--                                                            'metro-from-state'
--                  where that state median is missing (BLS published nothing for the state, or only May 2025),
--                  the same with the United States in place of the state:
--                                                            'metro-from-nation'
--                  where OFLC has no level for the metro: the state's figure as it is ('parent')
-- "A figure" means one with a median (BLS publishes the mean and the median of a cell together, or neither).
--
-- Metros: OFLC builds its levels from OEWS May 2024, so the ratio's two sides are one vintage: the metro's pay
-- level relative to its state in May 2024. It is applied to the state figure the chain gives, May 2025 where
-- published (so the metro's May 2024 relative level is carried forward to May 2025), else May 2024 (then the
-- metro's median is its Level III). The result is checked against the metro's OFLC Level I-IV band (Level I
-- about the 17th, Level IV about the 67th percentile of the May 2024 area distribution): where the ratio puts
-- the median outside, the state's May 2024 -> May 2025 change was larger than the metro's band allows (a state
-- median of Web and Digital Interface Designers in Pennsylvania rose 70.7 %), and the whole figure is scaled so
-- its median sits on the band's edge; the note and band_note say so with both numbers. band_flag is for a
-- median left outside the band: none is today (asserted below), the column is there so none is ever shown
-- without its warning.
--
-- Percentiles: all five are filled. Where BLS left one empty it is either a top-code (May 2024 only: wages of
-- $239,200 or more were printed as '#'; the national file lists them, the state file lost the symbol, and an
-- empty state p75/p90 next to a published median is read as a top-code when the occupation's shape puts it
-- within 20 % of $239,200, else as suppressed): stored as that lower bound and named in `topcoded`; or
-- suppressed: filled from the nearest complete BLS distribution of the same occupation (the region's other
-- vintage, else the nation's May 2025, else May 2024) scaled to this figure's median, named in `filled` and
-- described in shape_note.

set local jit = off;   -- JIT compiling these one-off queries costs more than it saves
analyze oews_wages, oflc_wage_levels, regions, occupations;

create table occupation_anchors (
    soc_code            text not null references occupations,
    region_id           integer not null references regions,
    figure_region_id    integer not null references regions,
    fallback            text not null check (fallback in ('none', 'older-vintage', 'parent', 'metro-from-state',
                                                          'metro-from-nation')),
    source_id           integer not null references sources,
    mean                integer not null check (mean > 0),
    median              integer not null check (median > 0),
    p10                 integer not null check (p10 > 0),
    p25                 integer not null,
    p75                 integer not null,
    p90                 integer not null,
    filled              text[] not null default '{}',
    topcoded            text[] not null default '{}',
    shape_note          text,
    employment          integer,
    location_quotient   numeric(6,2),
    jobs_per_1000       numeric(8,3),
    ratio               numeric,
    band_low            integer,
    band_high           integer,
    band_factor         numeric,
    note                text not null check (note <> ''),
    vintage_note        text,
    band_note           text,
    band_flag           text,
    primary key (soc_code, region_id),
    check (p10 <= p25 and p25 <= median and median <= p75 and p75 <= p90),
    check ((band_low is null) = (band_high is null) and band_low <= band_high),
    check (filled <@ '{p10,p25,median,p75,p90}' and topcoded <@ '{median,p75,p90}' and not (filled && topcoded)),
    check ((cardinality(filled) + cardinality(topcoded) = 0) = (shape_note is null)),
    check ((fallback like 'metro-%') = (ratio is not null))
);
comment on table occupation_anchors is 'The BLS figure each occupation x region starts from, by one fallback chain (sql/migrations/041): the report (market_figures rank 1), the estimate base and occupation_anchor() all follow it.';
comment on column occupation_anchors.figure_region_id is 'The region whose BLS figure is used: the region itself, its state (metros), or the nation.';
comment on column occupation_anchors.fallback is 'none | older-vintage (May 2024: May 2025 not published) | parent (the parent''s figure as it is) | metro-from-state | metro-from-nation (scaled by the metro''s OFLC Level III ratio).';
comment on column occupation_anchors.source_id is 'The BLS vintage of the figure (bls-oews-2025 or bls-oews-2024).';
comment on column occupation_anchors.filled is 'Percentiles BLS did not publish for the figure, filled from the nearest complete distribution (shape_note says which).';
comment on column occupation_anchors.topcoded is 'Percentiles that are BLS top-codes: the value is a lower bound (>= $239,200 in May 2024, scaled for metros).';
comment on column occupation_anchors.employment is 'BLS employment of the figure''s own cell (none/older-vintage only: it describes the whole region).';
comment on column occupation_anchors.ratio is 'Metros: OFLC Level III annual / the May 2024 median of figure_region_id (before band_factor).';
comment on column occupation_anchors.band_low is 'Metros with an OFLC level: OFLC Level I annual (wage year 2025-26); band_high: Level IV.';
comment on column occupation_anchors.band_factor is 'Metros: 1, or the factor that put a median outside the OFLC band on its edge.';
comment on column occupation_anchors.note is 'One or more complete sentences: which figure was used and why.';
comment on column occupation_anchors.vintage_note is 'The older-vintage sentence where the figure (or the figure a metro is scaled from) is May 2024; shown beside the figure.';
comment on column occupation_anchors.band_note is 'The band correction sentence where one was made; shown beside the figure.';
comment on column occupation_anchors.band_flag is 'A sentence shown beside a metro figure whose median is outside its OFLC Level I-IV band; NULL when inside.';
create index occupation_anchors_region_id_idx on occupation_anchors (region_id);

-- Formatting for the sentences below (temporary: gone with this session).
create function pg_temp.money(v numeric) returns text language sql immutable as $$
    select to_char(round(v), 'FM$999,999,990')
$$;
create function pg_temp.pct(v numeric) returns text language sql immutable as $$
    select case sign(round(v, 1)) when 1 then '+' when -1 then '-' else '' end
           || to_char(abs(round(v, 1)), 'FM9990.0') || ' %'
$$;
-- 'the United States' / 'California' (in a sentence), 'U.S.' / 'California' (before a noun)
create function pg_temp.place(kind text, name text) returns text language sql immutable as $$
    select case when kind = 'nation' then 'the ' || name else name end
$$;
create function pg_temp.adj(kind text, name text) returns text language sql immutable as $$
    select case when kind = 'nation' then 'U.S.' else name end
$$;

create temp table anchor_socs as
select soc_code from roles union select '15-1252';

-- 1. Every BLS figure (nation, states; May 2024 and May 2025) of those occupations that has a median, with the
--    nearest complete distribution of the same occupation where one of its percentiles is empty.
create temp table bls_fig as
select w.soc_code, w.region_id, g.kind, g.name, w.year, w.source_id,
       w.a_mean as mean, w.a_median as median, w.a_pct10 as p10, w.a_pct25 as p25,
       w.a_pct75 as p75, w.a_pct90 as p90, w.employment, w.location_quotient, w.jobs_per_1000,
       w.topcoded_fields,
       s.region_id as s_region_id, s.year as s_year, s.a_median as s_median, s.a_pct10 as s_p10,
       s.a_pct25 as s_p25, s.a_pct75 as s_p75, s.a_pct90 as s_p90
from oews_wages w
join regions g on g.id = w.region_id and g.kind in ('nation', 'state')
left join lateral (
    select c.region_id, c.year, c.a_median, c.a_pct10, c.a_pct25, c.a_pct75, c.a_pct90
    from oews_wages c
    join regions cg on cg.id = c.region_id
    where num_nulls(w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90) > 0
      and c.soc_code = w.soc_code
      and num_nulls(c.a_mean, c.a_pct10, c.a_pct25, c.a_median, c.a_pct75, c.a_pct90) = 0
      and ((c.region_id = w.region_id and c.year <> w.year) or cg.kind = 'nation')
      and (c.region_id, c.year) <> (w.region_id, w.year)
    order by (c.region_id = w.region_id) desc, c.year desc
    limit 1
) s on true
where w.soc_code in (select soc_code from anchor_socs)
  and w.year in (2024, 2025)
  and w.a_median is not null;

do $$
begin
    if exists (select 1 from bls_fig where mean is null or p10 is null or p25 is null) then
        raise exception 'bls_fig: a BLS figure with a median but no mean, p10 or p25 (the fill rule assumes none)';
    end if;
    if exists (select 1 from bls_fig where num_nulls(p75, p90) > 0 and s_median is null) then
        raise exception 'bls_fig: an incomplete BLS figure with no complete distribution to fill it from';
    end if;
end $$;

-- 2. Top-codes and fills per figure.
create temp table bls_pct as
with k as (
    select f.*, x.name as pct, x.v, x.s_v,
           round(f.median::numeric * x.s_v / f.s_median) as shaped
    from bls_fig f
    cross join lateral (values ('p10', f.p10, f.s_p10), ('p25', f.p25, f.s_p25), ('p75', f.p75, f.s_p75),
                               ('p90', f.p90, f.s_p90)) as x(name, v, s_v)
)
select k.soc_code, k.region_id, k.year, k.pct,
       case
       when k.v is not null then 'published'
       -- the national file names its top-coded cells
       when k.kind = 'nation' and ('a_' || replace(k.pct, 'p', 'pct')) = any (string_to_array(k.topcoded_fields, ';'))
           then 'topcoded'
       -- a state May 2024 p75/p90 left empty beside a published median, where the shape makes a top-code plausible
       when k.kind = 'state' and k.year = 2024 and k.pct in ('p75', 'p90') and k.shaped >= 0.8 * 239200
           then 'topcoded'
       else 'filled'
       end as how,
       case when k.v is not null then k.v
            when k.kind = 'nation' and ('a_' || replace(k.pct, 'p', 'pct')) = any (string_to_array(k.topcoded_fields, ';'))
                then 239200
            when k.kind = 'state' and k.year = 2024 and k.pct in ('p75', 'p90') and k.shaped >= 0.8 * 239200
                then 239200
            else k.shaped end::integer as value
from k;

do $$
begin
    -- top-coding ended with May 2024, and only the upper percentiles reach $239,200
    if exists (select 1 from bls_pct where how = 'topcoded' and (year <> 2024 or pct not in ('p75', 'p90'))) then
        raise exception 'bls_pct: a top-code outside May 2024 p75/p90';
    end if;
end $$;

create temp table bls_full as
select f.soc_code, f.region_id, f.kind, f.name, f.year, f.source_id, f.mean, f.median,
       max(p.value) filter (where p.pct = 'p10') as p10, max(p.value) filter (where p.pct = 'p25') as p25,
       max(p.value) filter (where p.pct = 'p75') as p75, max(p.value) filter (where p.pct = 'p90') as p90,
       coalesce(array_agg(p.pct order by p.pct) filter (where p.how = 'filled'), '{}') as filled,
       coalesce(array_agg(p.pct order by p.pct) filter (where p.how = 'topcoded'), '{}') as topcoded,
       f.employment, f.location_quotient, f.jobs_per_1000, f.s_region_id, f.s_year
from bls_fig f
join bls_pct p on p.soc_code = f.soc_code and p.region_id = f.region_id and p.year = f.year
group by f.soc_code, f.region_id, f.kind, f.name, f.year, f.source_id, f.mean, f.median, f.employment,
         f.location_quotient, f.jobs_per_1000, f.s_region_id, f.s_year;

-- 3. Nation and states: their own newest figure.
insert into occupation_anchors (soc_code, region_id, figure_region_id, fallback, source_id,
                                mean, median, p10, p25, p75, p90, filled, topcoded, shape_note,
                                employment, location_quotient, jobs_per_1000, note, vintage_note)
select distinct on (b.soc_code, b.region_id)
       b.soc_code, b.region_id, b.region_id, case b.year when 2025 then 'none' else 'older-vintage' end,
       b.source_id, b.mean, b.median, b.p10, b.p25, b.p75, b.p90, b.filled, b.topcoded,
       nullif(concat_ws(' ',
           case when cardinality(b.filled) > 0 then
               format('Not published by BLS for this figure: %s; filled from the BLS May %s distribution of %s (%s) in %s, '
                      'scaled to this figure''s median.',
                      array_to_string(b.filled, ', '), b.s_year, o.title, o.soc_code, pg_temp.place(sg.kind, sg.name))
           end,
           case when cardinality(b.topcoded) > 0 then
               format('%s: at least $239,200 (BLS top-codes May 2024 wages at $239,200 and does not publish higher '
                      'values); the figure holds that lower bound.', array_to_string(b.topcoded, ', '))
           end), ''),
       b.employment, b.location_quotient, b.jobs_per_1000,
       case b.year
       when 2025 then format('The BLS OEWS May 2025 figure for %s (%s) in %s, as published.',
                             o.title, o.soc_code, pg_temp.place(b.kind, b.name))
       else format('BLS did not publish a May 2025 median for %s (%s) in %s; this is its May 2024 figure for %s.',
                   o.title, o.soc_code, pg_temp.place(b.kind, b.name), pg_temp.place(b.kind, b.name))
       end,
       case when b.year = 2024 then
           format('BLS did not publish a May 2025 median for %s (%s) in %s; this is its May 2024 figure.',
                  o.title, o.soc_code, pg_temp.place(b.kind, b.name))
       end
from bls_full b
join occupations o on o.soc_code = b.soc_code
left join regions sg on sg.id = b.s_region_id
order by b.soc_code, b.region_id, b.year desc;

do $$
begin
    if exists (select 1 from anchor_socs s where not exists (
                   select 1 from occupation_anchors a join regions g on g.id = a.region_id and g.kind = 'nation'
                   where a.soc_code = s.soc_code)) then
        raise exception 'occupation_anchors: an occupation without a national BLS figure (the chain ends there)';
    end if;
end $$;

-- 4. States BLS published nothing for (in either year): the nation's figure.
insert into occupation_anchors (soc_code, region_id, figure_region_id, fallback, source_id,
                                mean, median, p10, p25, p75, p90, filled, topcoded, shape_note, note, vintage_note)
select n.soc_code, st.id, n.figure_region_id, 'parent', n.source_id,
       n.mean, n.median, n.p10, n.p25, n.p75, n.p90, n.filled, n.topcoded, n.shape_note,
       format('BLS published no median for %s (%s) in %s, neither May 2025 nor May 2024; this is the figure for '
              'the United States (BLS OEWS %s).', o.title, o.soc_code, st.name, s.vintage),
       n.vintage_note
from occupation_anchors n
join regions us on us.id = n.region_id and us.kind = 'nation'
join regions st on st.kind = 'state'
join occupations o on o.soc_code = n.soc_code
join sources s on s.id = n.source_id
where not exists (select 1 from occupation_anchors a where a.soc_code = n.soc_code and a.region_id = st.id);

-- 5. Metros: the state's figure (or the nation's) x the OFLC Level III ratio, checked against the OFLC band.
create temp table metro_calc as
select m.id as metro_id, m.name as metro_name, sa.soc_code, o.title as occ_title,
       st.id as state_id, st.name as state_name, sa.fallback as state_fallback,
       -- the region the ratio relates the metro to, and whose figure it scales
       case when sa.fallback in ('none', 'older-vintage') and w24.a_median is not null then st.id else us.id end
           as base_region_id,
       l.level1_annual, l.level3_annual, l.level4_annual,
       left(l.wage_year, 5) || right(l.wage_year, 2) as wage_year
from regions m
join regions st on st.id = m.parent_id
join occupation_anchors sa on sa.region_id = st.id
join occupations o on o.soc_code = sa.soc_code
join regions us on us.kind = 'nation'
left join oews_wages w24 on w24.soc_code = sa.soc_code and w24.region_id = st.id and w24.year = 2024
-- an hourly wage (25-1021's cells hold annual wages; no role maps to it)
join oflc_wage_levels l on l.area_code = m.fips and l.soc_code = sa.soc_code and l.level3_hourly < 1000
where m.kind = 'metro';

create temp table metro_fig as
select c.*, f.source_id, f.year as f_year, b.kind as base_kind, b.name as base_name,
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90, f.filled, f.topcoded, f.shape_note, f.vintage_note,
       w24.a_median as base_median_2024,
       c.level3_annual::numeric / w24.a_median as ratio,
       f.median * c.level3_annual::numeric / w24.a_median as raw_median,
       case when f.median * c.level3_annual::numeric / w24.a_median > c.level4_annual
                then c.level4_annual / (f.median * c.level3_annual::numeric / w24.a_median)
            when f.median * c.level3_annual::numeric / w24.a_median < c.level1_annual
                then c.level1_annual / (f.median * c.level3_annual::numeric / w24.a_median)
            else 1 end as factor
from metro_calc c
join regions b on b.id = c.base_region_id
join lateral (
    select a.source_id, s.as_of, extract(year from s.as_of)::integer as year, a.mean, a.median, a.p10, a.p25,
           a.p75, a.p90, a.filled, a.topcoded, a.shape_note, a.vintage_note
    from occupation_anchors a join sources s on s.id = a.source_id
    where a.soc_code = c.soc_code and a.region_id = c.base_region_id
) f on true
join oews_wages w24 on w24.soc_code = c.soc_code and w24.region_id = c.base_region_id and w24.year = 2024
where w24.a_median is not null;

insert into occupation_anchors (soc_code, region_id, figure_region_id, fallback, source_id,
                                mean, median, p10, p25, p75, p90, filled, topcoded, shape_note,
                                ratio, band_low, band_high, band_factor, note, vintage_note, band_note)
select f.soc_code, f.metro_id, f.base_region_id,
       case when f.base_kind = 'state' then 'metro-from-state' else 'metro-from-nation' end,
       f.source_id,
       round(f.mean * f.ratio * f.factor), round(f.median * f.ratio * f.factor),
       round(f.p10 * f.ratio * f.factor), round(f.p25 * f.ratio * f.factor),
       round(f.p75 * f.ratio * f.factor), round(f.p90 * f.ratio * f.factor),
       f.filled, f.topcoded,
       nullif(concat_ws(' ',
           case when cardinality(f.filled) > 0 then
               format('Not published by BLS for the %s figure this is scaled from: %s; filled from the BLS May %s '
                      'distribution of %s (%s) in %s, scaled to that figure''s median.',
                      pg_temp.adj(f.base_kind, f.base_name), array_to_string(f.filled, ', '), bf.s_year, f.occ_title,
                      f.soc_code, pg_temp.place(sg.kind, sg.name))
           end,
           case when cardinality(f.topcoded) > 0 then
               format('%s: a lower bound, scaled from the %s figure''s BLS top-code (BLS top-codes May 2024 wages at '
                      '$239,200 and publishes no higher values).', array_to_string(f.topcoded, ', '),
                      pg_temp.adj(f.base_kind, f.base_name))
           end), ''),
       f.ratio, f.level1_annual, f.level4_annual, f.factor,
       -- the note: why not the state (metro-from-nation), the older vintage, the derivation, the band correction
       concat_ws(' ',
           case when f.base_kind = 'nation' and f.state_fallback = 'parent' then
               format('BLS published no median for %s (%s) in %s, so this metro is scaled from the United States.',
                      f.occ_title, f.soc_code, f.state_name)
           when f.base_kind = 'nation' then
               format('BLS published no May 2024 median for %s (%s) in %s, the vintage the metro''s OFLC levels '
                      'are built from, so this metro is scaled from the United States, not from %s.',
                      f.occ_title, f.soc_code, f.state_name, f.state_name)
           end,
           t.vintage_note,
           format('%s: the BLS OEWS %s figure for %s (%s) in %s × %s, the ratio of the metro''s OFLC Level III '
                  'wage (%s; wage year %s, which OFLC builds from OEWS May 2024) to the %s OEWS May 2024 median (%s): '
                  'the metro''s pay level relative to %s in May 2024%s.',
                  f.metro_name, case f.f_year when 2025 then 'May 2025' else 'May 2024' end, f.occ_title, f.soc_code,
                  pg_temp.place(f.base_kind, f.base_name), to_char(f.ratio, 'FM990.000'),
                  pg_temp.money(f.level3_annual), f.wage_year, pg_temp.adj(f.base_kind, f.base_name),
                  pg_temp.money(f.base_median_2024), pg_temp.place(f.base_kind, f.base_name),
                  case when f.f_year = 2025 then ', carried to the May 2025 figure' else '' end),
           t.band_note),
       t.vintage_note, t.band_note
from metro_fig f
join bls_full bf on bf.soc_code = f.soc_code and bf.region_id = f.base_region_id and bf.year = f.f_year
left join regions sg on sg.id = bf.s_region_id
cross join lateral (select
    case when f.f_year = 2024 then
        format('BLS did not publish a May 2025 median for %s (%s) in %s; this metro is scaled from its May 2024 '
               'figure.', f.occ_title, f.soc_code, pg_temp.place(f.base_kind, f.base_name))
    end as vintage_note,
    case when f.factor <> 1 then
        format('Limited to the metro''s OFLC wage band: scaled from the %s figure, its median would be %s, %s OFLC '
               'Level %s (%s), because the %s median changed %s from May 2024 to May 2025, more than the band allows; '
               'the whole figure is scaled by %s to put its median at Level %s.',
               pg_temp.adj(f.base_kind, f.base_name), pg_temp.money(f.raw_median),
               case when f.factor < 1 then 'above' else 'below' end, case when f.factor < 1 then 'IV' else 'I' end,
               pg_temp.money(case when f.factor < 1 then f.level4_annual else f.level1_annual end),
               pg_temp.adj(f.base_kind, f.base_name), pg_temp.pct(100 * (f.median::numeric / f.base_median_2024 - 1)),
               to_char(f.factor, 'FM990.000'), case when f.factor < 1 then 'IV' else 'I' end)
    end as band_note) t;

-- Metros without an OFLC level for the occupation (none for the roles' occupations today): the state's figure.
insert into occupation_anchors (soc_code, region_id, figure_region_id, fallback, source_id,
                                mean, median, p10, p25, p75, p90, filled, topcoded, shape_note, note, vintage_note)
select sa.soc_code, m.id, sa.figure_region_id, 'parent', sa.source_id,
       sa.mean, sa.median, sa.p10, sa.p25, sa.p75, sa.p90, sa.filled, sa.topcoded, sa.shape_note,
       format('OFLC publishes no wage level for %s (%s) in %s; this is the figure for %s. %s',
              o.title, o.soc_code, m.name, st.name, sa.note),
       sa.vintage_note
from regions m
join regions st on st.id = m.parent_id
join occupation_anchors sa on sa.region_id = st.id
join occupations o on o.soc_code = sa.soc_code
where m.kind = 'metro'
  and not exists (select 1 from occupation_anchors a where a.soc_code = sa.soc_code and a.region_id = m.id);

-- A median left outside the band is flagged (none is today: every one is corrected above).
update occupation_anchors a
set band_flag = format('The median (%s) is outside this metro''s OFLC Level I-IV band (%s to %s): read it with caution.',
                       pg_temp.money(a.median), pg_temp.money(a.band_low), pg_temp.money(a.band_high))
where a.band_low is not null and a.median not between a.band_low and a.band_high;

-- occupation_anchor(soc, region): the one row for an occupation x region (none for an unknown one).
create function occupation_anchor(p_soc text, p_region text)
returns table (soc_code text, occupation_title text, requested_region_slug text, region_slug text,
               region_name text, fallback text, note text, publisher text, vintage text, as_of date,
               mean integer, median integer, p10 integer, p25 integer, p75 integer, p90 integer,
               shape_note text, topcoded text[], projection_pct numeric, projection_method text,
               band_low integer, band_high integer, band_flag text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select a.soc_code, o.title, q.slug::text, g.slug::text, g.name, a.fallback, a.note,
           s.publisher, s.vintage, s.as_of,
           a.mean, a.median, a.p10, a.p25, a.p75, a.p90, a.shape_note, a.topcoded,
           p.change_pct, coalesce(p.method, format('No projection: %s (%s) is not one of the tech occupations '
                                                   'payband projects.', o.title, o.soc_code)),
           a.band_low, a.band_high, a.band_flag
    from occupation_anchors a
    join occupations o on o.soc_code = a.soc_code
    join regions q on q.id = a.region_id
    join regions g on g.id = a.figure_region_id
    join sources s on s.id = a.source_id
    left join occupation_projections p on p.soc_code = a.soc_code
    where a.soc_code = p_soc and q.slug = p_region
$$;
comment on function occupation_anchor(text, text) is 'The BLS figure an occupation x region starts from, by the one fallback chain (metro -> state -> state''s older vintage -> nation), with its note, whole distribution, top-codes, projection and OFLC band.';
revoke execute on function occupation_anchor(text, text) from public;
grant execute on function occupation_anchor(text, text) to payband_web;

analyze occupation_anchors;

do $$
declare
    bad text;
    n_metro integer;
    n_inside integer;
    n_flagged integer;
    x record;
begin
    -- a row for every occupation of a role (and 15-1252) x every region, through the function too
    select string_agg(format('%s/%s', s.soc_code, g.slug), ', ') into bad
    from anchor_socs s cross join regions g
    where not exists (select 1 from occupation_anchor(s.soc_code, g.slug) fa
                      where num_nulls(fa.mean, fa.median, fa.p10, fa.p25, fa.p75, fa.p90, fa.note, fa.fallback) = 0);
    if bad is not null then
        raise exception 'occupation_anchor: no complete row for %', left(bad, 500);
    end if;
    if (select count(*) from occupation_anchors) <> (select count(*) from anchor_socs) * (select count(*) from regions) then
        raise exception 'occupation_anchors: rows for occupations or regions outside the chain';
    end if;
    -- the chain only ever goes up the tree, and each kind of fallback is where it belongs
    if exists (select 1 from occupation_anchors a
               join regions q on q.id = a.region_id
               join regions g on g.id = a.figure_region_id
               left join regions p on p.id = q.parent_id
               where not case a.fallback
                   when 'none' then g.id = q.id and q.kind <> 'metro'
                   when 'older-vintage' then g.id = q.id and q.kind <> 'metro'
                   when 'parent' then q.kind <> 'nation' and g.id in (p.id, p.parent_id)
                   when 'metro-from-state' then q.kind = 'metro' and g.id = p.id
                   when 'metro-from-nation' then q.kind = 'metro' and g.kind = 'nation'
               end) then
        raise exception 'occupation_anchors: a fallback that is not up the region tree';
    end if;
    -- the vintage is the one the fallback says
    if exists (select 1 from occupation_anchors a join sources s on s.id = a.source_id
               where (a.fallback = 'none' and s.slug <> 'bls-oews-2025')
                  or (a.fallback = 'older-vintage' and s.slug <> 'bls-oews-2024')
                  or s.slug not in ('bls-oews-2025', 'bls-oews-2024')
                  or (s.slug = 'bls-oews-2024') <> (a.vintage_note is not null)) then
        raise exception 'occupation_anchors: a vintage that does not match the fallback or its note';
    end if;
    -- the issue's cases: the same occupation falls back the same way whatever the role
    select * into x from occupation_anchor('15-1243', 'us-wy');
    if x.fallback <> 'older-vintage' or x.vintage <> 'May 2024' or x.median <> 62760
       or x.note <> 'BLS did not publish a May 2025 median for Database Architects (15-1243) in Wyoming; this is its May 2024 figure for Wyoming.' then
        raise exception 'occupation_anchor(15-1243, us-wy): % % % %', x.fallback, x.vintage, x.median, x.note;
    end if;
    select * into x from occupation_anchor('15-1254', 'us-fl');
    if x.fallback <> 'older-vintage' or x.median <> 81410 then
        raise exception 'occupation_anchor(15-1254, us-fl): % %', x.fallback, x.median;
    end if;
    -- top-codes are kept as lower bounds: the national May 2025 figure of 11-3021 has none, its May 2024 p90 is one
    if exists (select 1 from bls_full where soc_code = '11-3021' and kind = 'nation' and year = 2024
               and (topcoded <> '{p90}' or p90 <> 239200)) then
        raise exception 'bls_full: the national May 2024 11-3021 p90 is not kept as a top-code';
    end if;
    select * into x from occupation_anchor('15-1221', 'us-wi');
    if x.fallback <> 'older-vintage' or x.topcoded <> '{p90}' or x.p90 <> 239200 or x.shape_note is null then
        raise exception 'occupation_anchor(15-1221, us-wi): top-code not kept (% % %)', x.topcoded, x.p90, x.shape_note;
    end if;
    -- metros: the median inside the OFLC Level I-IV band, or flagged; >= 98 % of them, and the flag exactly when outside
    select count(*), count(*) filter (where median between band_low and band_high),
           count(*) filter (where band_flag is not null)
      into n_metro, n_inside, n_flagged
    from occupation_anchors a join regions q on q.id = a.region_id and q.kind = 'metro'
    where a.band_low is not null;
    if n_metro = 0 or (n_inside + n_flagged) < 0.98 * n_metro or n_inside + n_flagged <> n_metro then
        raise exception 'occupation_anchors: % metro figures, % inside the OFLC band, % flagged', n_metro, n_inside, n_flagged;
    end if;
    -- the metro ratio is one vintage: Level III over a May 2024 median of the region it scales from
    if exists (select 1 from occupation_anchors a
               join regions q on q.id = a.region_id
               join oflc_wage_levels l on l.area_code = q.fips and l.soc_code = a.soc_code
               join oews_wages w on w.soc_code = a.soc_code and w.region_id = a.figure_region_id and w.year = 2024
               where a.fallback like 'metro-%'
                 and abs(a.ratio - l.level3_annual::numeric / w.a_median) > 1e-9) then
        raise exception 'occupation_anchors: a metro ratio that is not OFLC Level III / the May 2024 median';
    end if;
end $$;
