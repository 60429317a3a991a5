-- 034: price parities for metros whose CBSA code changed between the 2020 and 2023 delineations, through an explicit crosswalk; v_price_parity names BEA's area.
--
-- The metro regions (OFLC, OEWS) use the 2023 CBSA delineation (OMB Bulletin
-- 23-01), BEA's 2023 Regional Price Parities the 2020 one (OMB Bulletin 20-01),
-- and 013 joins them on the code: 16 metros get no parity. Some of them are the
-- same metro under a new code and name; this table lists those, each with the
-- reason, and only those (sql/data/README.md has the same list):
--   * 17410 Cleveland, OH = 17460 Cleveland-Elyria, OH: the same core (Cuyahoga,
--     Geauga, Lake, Lorain and Medina counties); 2023 renamed it, gave it a new code
--     and added Ashtabula County (about 4 % of its population);
--   * 28880 Kiryas Joel-Poughkeepsie-Newburgh, NY = 39100 Poughkeepsie-Newburgh-
--     Middletown, NY: the same two counties (Dutchess, Orange), renamed and recoded;
--   * 48680 Wildwood-The Villages, FL = 45540 The Villages, FL: the same county
--     (Sumter), renamed and recoded.
-- Left without a parity, as genuinely different areas: Lexington Park, MD (30500;
-- BEA's California-Lexington Park 15680 is St. Mary's County alone, 2023 adds
-- Calvert County, about 45 % of the new area's people); Amherst Town-Northampton,
-- MA, Kenosha, WI, Slidell-Mandeville-Covington, LA and Waterbury-Shelton, CT (split
-- from larger metros or redrawn); Bozeman and Helena, MT, Eagle Pass, TX, Minot, ND,
-- Paducah, KY-IL, Pinehurst-Southern Pines, NC, Sandusky, OH and Traverse City, MI
-- (new metropolitan areas in 2023: no 2020 metro to take a parity from).
-- The 2023 counties are checked against sql/data/oflc_area_counties.csv (OFLC's
-- 2023 geography); the 2020 ones are OMB Bulletin 20-01's.

create table cbsa_crosswalk_2023_2020 (
    cbsa_2023       text primary key check (cbsa_2023 ~ '^[0-9]{5}$'),
    name_2023       text not null,
    counties_2023   text not null,
    cbsa_2020       text not null unique check (cbsa_2020 ~ '^[0-9]{5}$'),
    name_2020       text not null,
    counties_2020   text not null,
    reason          text not null,
    check (cbsa_2023 <> cbsa_2020)
);
comment on table cbsa_crosswalk_2023_2020 is 'Metros (2023 CBSA delineation) that are the same area as a 2020-delineation CBSA under another code: BEA''s 2023 price parity of the 2020 area is used for them. Only areas with the same core counties; each row says why.';
comment on column cbsa_crosswalk_2023_2020.counties_2023 is 'Counties of the 2023 area, ''; ''-separated (checked against oflc_area_counties.csv).';
comment on column cbsa_crosswalk_2023_2020.counties_2020 is 'Counties of the 2020 area, ''; ''-separated (OMB Bulletin 20-01).';

insert into cbsa_crosswalk_2023_2020 (cbsa_2023, name_2023, counties_2023, cbsa_2020, name_2020, counties_2020, reason) values
    ('17410', 'Cleveland, OH', 'Ashtabula County; Cuyahoga County; Geauga County; Lake County; Lorain County; Medina County',
     '17460', 'Cleveland-Elyria, OH', 'Cuyahoga County; Geauga County; Lake County; Lorain County; Medina County',
     'The same core counties under a new name and code; the 2023 area adds Ashtabula County, about 4 % of its population (2020 census).'),
    ('28880', 'Kiryas Joel-Poughkeepsie-Newburgh, NY', 'Dutchess County; Orange County',
     '39100', 'Poughkeepsie-Newburgh-Middletown, NY', 'Dutchess County; Orange County',
     'The same two counties under a new name and code.'),
    ('48680', 'Wildwood-The Villages, FL', 'Sumter County',
     '45540', 'The Villages, FL', 'Sumter County',
     'The same county under a new name and code.');

create temp table stage_bea_rpp_msa34 (
    cbsa_code text, area_name text, area_kind text, year text, category text, rpp text
);
\copy stage_bea_rpp_msa34 from 'data/bea_rpp_msa_2023.csv' with (format csv, header true)
create temp table stage_oflc_counties (
    area_code text, area_name text, state_abbr text, state_name text, county_or_town text
);
\copy stage_oflc_counties from 'data/oflc_area_counties.csv' with (format csv, header true)

do $$
declare
    bad text;
begin
    -- the 2023 side is one of our metros, by name and counties, and has no parity of its own
    select string_agg(x.cbsa_2023, ', ') into bad
    from cbsa_crosswalk_2023_2020 x
    where not exists (select 1 from regions g where g.kind = 'metro' and g.fips = x.cbsa_2023 and g.name = x.name_2023)
       or exists (select 1 from bea_rpp b join regions g on g.id = b.region_id where g.kind = 'metro' and g.fips = x.cbsa_2023)
       or x.counties_2023 <> (select string_agg(c.county_or_town, '; ' order by c.county_or_town)
                              from stage_oflc_counties c where c.area_code = x.cbsa_2023);
    if bad is not null then
        raise exception 'cbsa crosswalk: 2023 side wrong for %', bad;
    end if;
    -- the 2020 side is a BEA MSA of that name that matches no metro of ours
    select string_agg(x.cbsa_2020, ', ') into bad
    from cbsa_crosswalk_2023_2020 x
    where not exists (select 1 from stage_bea_rpp_msa34 b
                      where b.cbsa_code = x.cbsa_2020 and b.area_kind = 'msa'
                        and regexp_replace(b.area_name, ' \(Metropolitan Statistical Area\).*$', '') = x.name_2020)
       or exists (select 1 from regions g where g.kind = 'metro' and g.fips = x.cbsa_2020);
    if bad is not null then
        raise exception 'cbsa crosswalk: 2020 side wrong for %', bad;
    end if;
end $$;

insert into bea_rpp (region_id, year, category, rpp, source_id)
select g.id, b.year::smallint, b.category, b.rpp::numeric, (select id from sources where slug = 'bea-rpp')
from cbsa_crosswalk_2023_2020 x
join regions g on g.kind = 'metro' and g.fips = x.cbsa_2023
join stage_bea_rpp_msa34 b on b.cbsa_code = x.cbsa_2020 and b.area_kind = 'msa';

do $$
begin
    if (select count(*) from bea_rpp b join regions g on g.id = b.region_id
        join cbsa_crosswalk_2023_2020 x on x.cbsa_2023 = g.fips and g.kind = 'metro')
       <> 5 * (select count(*) from cbsa_crosswalk_2023_2020) then
        raise exception 'cbsa crosswalk: not every crosswalked metro got its five price parities';
    end if;
    if (select b.rpp from bea_rpp b join regions g on g.id = b.region_id
        where g.slug = 'us-oh-cleveland' and b.category = 'all_items') <> 93.05 then
        raise exception 'cbsa crosswalk: Cleveland, OH does not have Cleveland-Elyria''s 93.05';
    end if;
end $$;

comment on table bea_rpp is 'BEA Regional Price Parities (U.S. = 100): nation and states 2008-2023 (SARPP), metro areas 2023 (MARPP, 2 decimals as published there; metros whose CBSA code changed in 2023 through cbsa_crosswalk_2023_2020).';

-- Estimate contract 3, extended at the end: the BEA area the parity is for, where it
-- is not the region itself.
create or replace view v_price_parity as
select g.slug::text as region_slug, b.rpp, b.year::integer as year, s.publisher,
       b.year::text as vintage, x.name_2020 as area_name
from bea_rpp b
join regions g on g.id = b.region_id
join sources s on s.id = b.source_id
left join cbsa_crosswalk_2023_2020 x on g.kind = 'metro' and x.cbsa_2023 = g.fips
where b.category = 'all_items'
  and b.year = (select max(b2.year) from bea_rpp b2 where b2.region_id = b.region_id and b2.category = 'all_items');
comment on view v_price_parity is 'Estimate contract 3: BEA all-items Regional Price Parity (U.S. = 100), latest year per region (2023); area_name is BEA''s area when it is another delineation of the metro (cbsa_crosswalk_2023_2020), else NULL.';
