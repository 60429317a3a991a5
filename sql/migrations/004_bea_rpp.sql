-- 004: load BEA Regional Price Parities for the nation and the states (2008-2023).

create temp table stage_bea_rpp_state (
    state_fips text, state_abbr text, state_name text, year text, category text, rpp text
);
\copy stage_bea_rpp_state from 'data/bea_rpp_state.csv' with (format csv, header true)

-- BEA's U.S. row (FIPS 00) is region 'us'; states join on their FIPS code.
insert into bea_rpp (region_id, year, category, rpp, source_id)
select g.id, b.year::smallint, b.category, b.rpp::numeric, (select id from sources where slug = 'bea-rpp')
from stage_bea_rpp_state b
join regions g on (b.state_fips = '00' and g.slug = 'us')
               or (g.kind = 'state' and g.fips = b.state_fips);

do $$
begin
    if (select count(*) from bea_rpp) <> (select count(*) from stage_bea_rpp_state) then
        raise exception 'bea_rpp: % rows loaded, % in the CSV (unmatched region?)',
            (select count(*) from bea_rpp), (select count(*) from stage_bea_rpp_state);
    end if;
end $$;
