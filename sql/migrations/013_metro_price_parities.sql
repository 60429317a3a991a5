-- 013: BEA Regional Price Parities for metro areas (2023) and v_price_parity (nation, states, metros).

create temp table stage_bea_rpp_msa (
    cbsa_code text, area_name text, area_kind text, year text, category text, rpp text
);
\copy stage_bea_rpp_msa from 'data/bea_rpp_msa_2023.csv' with (format csv, header true)

-- Metros join on the CBSA code. BEA's 2023 RPPs use the 2020 CBSA delineation,
-- the metro regions (OFLC) the 2023 one: where a code changed (e.g. Cleveland-Elyria
-- 17460 -> Cleveland 17410) the metro gets no price parity rather than a guess by
-- name. The U.S. row is already loaded from the state file (004); the U.S.
-- nonmetropolitan portion is no region.
insert into bea_rpp (region_id, year, category, rpp, source_id)
select g.id, b.year::smallint, b.category, b.rpp::numeric, (select id from sources where slug = 'bea-rpp')
from stage_bea_rpp_msa b
join regions g on g.kind = 'metro' and g.fips = b.cbsa_code
where b.area_kind = 'msa';

comment on table bea_rpp is 'BEA Regional Price Parities (U.S. = 100): nation and states 2008-2023 (SARPP), metro areas 2023 (MARPP, 2 decimals as published there).';

do $$
declare
    loaded bigint := (select count(*) from bea_rpp b join regions g on g.id = b.region_id and g.kind = 'metro');
    not_metro bigint := (select count(*) from stage_bea_rpp_msa where area_kind <> 'msa');
    unmatched bigint := (select count(*) from stage_bea_rpp_msa b where b.area_kind = 'msa'
                         and not exists (select 1 from regions g where g.kind = 'metro' and g.fips = b.cbsa_code));
begin
    -- every CSV row is accounted for: loaded, national/nonmetro portion, or an MSA code we have no metro for
    if loaded + not_metro + unmatched <> (select count(*) from stage_bea_rpp_msa) then
        raise exception 'bea_rpp (metros): % loaded + % national + % unmatched <> % CSV rows',
            loaded, not_metro, unmatched, (select count(*) from stage_bea_rpp_msa);
    end if;
    -- "a few metros won't match": guard against a broken join silently dropping most of them
    if loaded < 0.9 * (select count(*) from stage_bea_rpp_msa where area_kind = 'msa') then
        raise exception 'bea_rpp (metros): only % of % MSA rows matched a metro region',
            loaded, (select count(*) from stage_bea_rpp_msa where area_kind = 'msa');
    end if;
    -- the MSA file's U.S. rows must equal the state file's 2023 U.S. values (rounded to its 2 decimals)
    if exists (select 1 from stage_bea_rpp_msa b
               join bea_rpp u on u.region_id = (select id from regions where slug = 'us')
                             and u.year = b.year::smallint and u.category = b.category
               where b.area_kind = 'national' and round(u.rpp, 2) <> b.rpp::numeric) then
        raise exception 'bea_rpp (metros): the MSA file''s U.S. values differ from the state file''s';
    end if;
end $$;

-- Contract 3 (estimate): the all-items price parity of each region's latest year.
-- No row for a metro without a BEA match.
create view v_price_parity as
select g.slug::text as region_slug, b.rpp, b.year::integer as year, s.publisher,
       b.year::text as vintage
from bea_rpp b
join regions g on g.id = b.region_id
join sources s on s.id = b.source_id
where b.category = 'all_items'
  and b.year = (select max(b2.year) from bea_rpp b2 where b2.region_id = b.region_id and b2.category = 'all_items');
comment on view v_price_parity is 'Estimate contract 3: BEA all-items Regional Price Parity (U.S. = 100), latest year per region (2023).';
