-- 011: metro areas as regions (OFLC metropolitan areas in the 50 states + DC) and the OFLC wage levels behind them.
--
-- BLS OEWS metro-area (MSA) estimates are not in sql/data (see sql/data/README.md,
-- "Not obtained"); the DOL OFLC prevailing wage levels are the metro-level stand-in.
-- They are loaded unchanged here so 012 can derive metro figures from them.

-- OFLC levels as published, every area (metro and nonmetro, Puerto Rico, Guam and
-- the Virgin Islands included) x occupation: the file is kept whole in the database
-- so later work (nonmetro areas, the county crosswalk) needs no reload. The column
-- widths allow the 25-1021 rows, whose "hourly" cells hold annual wages (see the
-- comment on level1_hourly): they are loaded unchanged all the same.
create table oflc_wage_levels (
    area_code       text not null check (area_code ~ '^[0-9]+$'),
    soc_code        text not null references occupations,
    wage_year       text not null check (wage_year ~ '^[0-9]{4}-[0-9]{4}$'),
    area_name       text not null,
    state_abbr      text not null check (state_abbr ~ '^[A-Z]{2}$'),
    states          text not null,
    area_kind       text not null check (area_kind in ('metropolitan', 'nonmetropolitan')),
    level1_hourly   numeric(9,2) not null check (level1_hourly > 0),
    level2_hourly   numeric(9,2) not null check (level2_hourly > 0),
    level3_hourly   numeric(9,2) not null check (level3_hourly > 0),
    level4_hourly   numeric(9,2) not null check (level4_hourly > 0),
    level1_annual   bigint not null check (level1_annual > 0),
    level2_annual   bigint not null check (level2_annual > 0),
    level3_annual   bigint not null check (level3_annual > 0),
    level4_annual   bigint not null check (level4_annual > 0),
    source_id       integer not null references sources,
    primary key (area_code, soc_code, wage_year),
    check (level1_annual <= level2_annual and level2_annual <= level3_annual and level3_annual <= level4_annual)
);
comment on table oflc_wage_levels is 'DOL OFLC prevailing wage levels I-IV (built by OFLC from OEWS May 2024) per area x occupation, copied unchanged from sql/data/oflc_wage_levels_2025_26_tech.csv. Approximate wage bands, not published percentiles.';
comment on column oflc_wage_levels.area_code is 'CBSA code (5 digits) for metropolitan areas, BLS nonmetro area code without its leading zero otherwise; for metros equal to regions.fips.';
comment on column oflc_wage_levels.level3_annual is 'Level III x 2080 hours as the file gives it; typically close to the area median wage. Meaningless for 25-1021 (see level1_hourly).';
comment on column oflc_wage_levels.level1_hourly is 'As published. For 25-1021 (postsecondary teachers, an annual-only occupation) OFLC''s level columns hold ANNUAL wages, so this and the *_annual columns (x 2080) are not hourly/annual there: use only rows with level3_hourly < 1000 as hourly wages.';
comment on column oflc_wage_levels.state_abbr is 'First state of the area name (multi-state metros); states lists them all, '';''-separated.';

create temp table stage_oflc (
    wage_year text, area_code text, area_name text, state_abbr text, states text, area_kind text,
    soc_code text, occ_title text, level1_hourly text, level2_hourly text, level3_hourly text, level4_hourly text,
    level1_annual text, level2_annual text, level3_annual text, level4_annual text
);
\copy stage_oflc from 'data/oflc_wage_levels_2025_26_tech.csv' with (format csv, header true)

insert into oflc_wage_levels (area_code, soc_code, wage_year, area_name, state_abbr, states, area_kind,
                              level1_hourly, level2_hourly, level3_hourly, level4_hourly,
                              level1_annual, level2_annual, level3_annual, level4_annual, source_id)
select area_code, soc_code, wage_year, area_name, state_abbr, states, area_kind,
       level1_hourly::numeric, level2_hourly::numeric, level3_hourly::numeric, level4_hourly::numeric,
       level1_annual::bigint, level2_annual::bigint, level3_annual::bigint, level4_annual::bigint,
       (select id from sources where slug = 'dol-oflc-2025-26')
from stage_oflc;

do $$
begin
    if (select count(*) from oflc_wage_levels) <> (select count(*) from stage_oflc) then
        raise exception 'oflc_wage_levels: % rows loaded, % in the CSV',
            (select count(*) from oflc_wage_levels), (select count(*) from stage_oflc);
    end if;
    -- the metro regions below take one name and state per area: the file must agree with itself
    if exists (select 1 from oflc_wage_levels group by area_code
               having count(distinct (area_name, state_abbr, states, area_kind)) > 1) then
        raise exception 'oflc_wage_levels: an area_code has more than one name/state/kind';
    end if;
end $$;

-- Display order: the nation, then each state followed by its metros by name. States
-- keep their order (by name) and move to multiples of 1000, leaving room for their
-- metros (at most 26 per state in this file) in between.
update regions set sort_key = sort_key * 1000 where kind = 'state';
comment on column regions.sort_key is 'Display order: the nation first, then each state (by name) followed by its metro areas (by name).';

-- Metros: the CBSA code goes in fips (001 reserved the column for it); postal_code
-- stays NULL (it identifies states). Parent = the state of state_abbr, i.e. the
-- first state of a multi-state metro. Areas whose state is not a region (Puerto
-- Rico, Guam, U.S. Virgin Islands) are left out: payband has no such regions.
-- Slug: 'us-' + state + the area name without its ', ST[-ST...]' suffix, lower-cased,
-- every run of other characters turned into one hyphen (e.g. "Coeur d'Alene" ->
-- coeur-d-alene, "Louisville/Jefferson County" -> louisville-jefferson-county).
insert into regions (slug, name, kind, parent_id, postal_code, fips, sort_key)
select 'us-' || lower(a.state_abbr) || '-'
           || trim(both '-' from regexp_replace(lower(regexp_replace(a.area_name, ', [A-Z]{2}(-[A-Z]{2})*$', '')),
                                               '[^a-z0-9]+', '-', 'g')),
       a.area_name, 'metro', st.id, null, a.area_code,
       st.sort_key + row_number() over (partition by st.id order by a.area_name)
from (select distinct area_code, area_name, state_abbr
      from oflc_wage_levels where area_kind = 'metropolitan') a
join regions st on st.kind = 'state' and st.postal_code = a.state_abbr;

create unique index regions_metro_fips_key on regions (fips) where kind = 'metro';
alter table regions add constraint regions_metro_cbsa_check check (kind <> 'metro' or fips ~ '^[0-9]{5}$');
comment on column regions.fips is 'State FIPS code (2 digits) for states; the 5-digit CBSA code for metros.';
comment on table regions is 'Geography: the nation, states (50 + DC) and metropolitan areas (OFLC/OEWS 2023 CBSA delineation).';

do $$
declare
    skipped text;
begin
    -- every OFLC metro is a region unless its state is not one of ours (only PR, GU, VI expected)
    select string_agg(distinct l.state_abbr, ', ' order by l.state_abbr) into skipped
    from oflc_wage_levels l
    where l.area_kind = 'metropolitan'
      and not exists (select 1 from regions g where g.kind = 'metro' and g.fips = l.area_code);
    if skipped is distinct from 'GU, PR, VI' then
        raise exception 'metro regions: OFLC metros left out for states %, expected GU, PR, VI only', skipped;
    end if;
    if exists (select 1 from regions m join regions p on p.id = m.parent_id
               where m.kind = 'metro' and p.kind <> 'state') then
        raise exception 'metro regions: a metro whose parent is not a state';
    end if;
    -- each state's metros fit between it and the next state
    if exists (select 1 from regions m join regions p on p.id = m.parent_id
               where m.kind = 'metro' and m.sort_key - p.sort_key not between 1 and 999) then
        raise exception 'metro regions: sort_key out of its state''s range';
    end if;
end $$;
