-- 003: load BLS OEWS national + state estimates (May 2024, May 2025) and the occupation roles' market figures.

-- Staging: the CSV files as text, so empty cells become NULL explicitly below.
create temp table stage_oews_national (
    year text, soc_code text, occ_title text, o_group text, tot_emp text, emp_prse text, h_mean text,
    a_mean text, mean_prse text, h_pct10 text, h_pct25 text, h_median text, h_pct75 text, h_pct90 text,
    a_pct10 text, a_pct25 text, a_median text, a_pct75 text, a_pct90 text, annual_only text,
    hourly_only text, topcoded_fields text
);
\copy stage_oews_national from 'data/oews_national.csv' with (format csv, header true)

create temp table stage_oews_state (
    year text, state_fips text, state_abbr text, state_name text, soc_code text, occ_title text,
    tot_emp text, jobs_per_1000 text, location_quotient text, h_mean text, a_mean text, h_median text,
    a_pct10 text, a_pct25 text, a_median text, a_pct75 text, a_pct90 text
);
\copy stage_oews_state from 'data/oews_state_tech.csv' with (format csv, header true)

-- National: detailed occupations only (the total and major-group rows are not roles).
insert into oews_wages (soc_code, region_id, year, source_id, employment, emp_prse, h_mean, h_median,
                        a_mean, mean_prse, a_pct10, a_pct25, a_median, a_pct75, a_pct90,
                        annual_only, hourly_only, topcoded_fields)
select n.soc_code, (select id from regions where slug = 'us'), n.year::smallint,
       (select id from sources where slug = 'bls-oews-' || n.year),
       nullif(n.tot_emp, '')::integer, nullif(n.emp_prse, '')::numeric,
       nullif(n.h_mean, '')::numeric, nullif(n.h_median, '')::numeric,
       nullif(n.a_mean, '')::integer, nullif(n.mean_prse, '')::numeric,
       nullif(n.a_pct10, '')::integer, nullif(n.a_pct25, '')::integer, nullif(n.a_median, '')::integer,
       nullif(n.a_pct75, '')::integer, nullif(n.a_pct90, '')::integer,
       n.annual_only::boolean, n.hourly_only::boolean, nullif(n.topcoded_fields, '')
from stage_oews_national n
where n.o_group = 'detailed';

-- States: the source carries no PRSE columns and no hourly percentiles.
insert into oews_wages (soc_code, region_id, year, source_id, employment, jobs_per_1000, location_quotient,
                        h_mean, h_median, a_mean, a_pct10, a_pct25, a_median, a_pct75, a_pct90)
select s.soc_code, g.id, s.year::smallint,
       (select id from sources where slug = 'bls-oews-' || s.year),
       nullif(s.tot_emp, '')::integer, nullif(s.jobs_per_1000, '')::numeric,
       nullif(s.location_quotient, '')::numeric,
       nullif(s.h_mean, '')::numeric, nullif(s.h_median, '')::numeric, nullif(s.a_mean, '')::integer,
       nullif(s.a_pct10, '')::integer, nullif(s.a_pct25, '')::integer, nullif(s.a_median, '')::integer,
       nullif(s.a_pct75, '')::integer, nullif(s.a_pct90, '')::integer
from stage_oews_state s
join regions g on g.kind = 'state' and g.postal_code = s.state_abbr;

do $$
begin
    -- every staged row must have landed (a missing region or source would drop rows silently)
    if (select count(*) from oews_wages)
       <> (select count(*) from stage_oews_national where o_group = 'detailed') + (select count(*) from stage_oews_state) then
        raise exception 'oews_wages row count does not match the staged CSV rows';
    end if;
end $$;

-- One figure per BLS estimate, with the projection rule in one place (also used
-- by 008 for the developer roles). Projection: the May 2025 mean grown once more
-- by its change from May 2024, only where both means are published.
create view oews_figures as
select w.soc_code, w.region_id, w.year, w.source_id, s.as_of,
       w.a_mean as mean, w.a_median as median, w.a_pct10 as p10, w.a_pct25 as p25,
       w.a_pct75 as p75, w.a_pct90 as p90,
       w.employment, w.location_quotient, w.jobs_per_1000,
       round(w.a_mean::numeric * w.a_mean / prev.a_mean)::integer as projection,
       case when prev.a_mean is not null and w.a_mean is not null then
           'One-year projection: the May 2025 mean grown by its change from May 2024 to May 2025 ('
           -- sign of the rounded change, so a tiny fall reads 0.0 %, not -0.0 %
           || case sign(round((w.a_mean::numeric / prev.a_mean - 1) * 100, 1))
                  when 1 then '+' when -1 then '-' else '' end
           || to_char(abs(round((w.a_mean::numeric / prev.a_mean - 1) * 100, 1)), 'FM9990.0') || ' %).'
       end as projection_method
from oews_wages w
join sources s on s.id = w.source_id
left join oews_wages prev
       on w.year = 2025 and prev.year = 2024
      and prev.soc_code = w.soc_code and prev.region_id = w.region_id
-- a row with nothing published is no figure
where num_nonnulls(w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90,
                   w.employment, w.location_quotient, w.jobs_per_1000) > 0;
comment on view oews_figures is 'BLS OEWS estimates shaped as market figures, with the one-year projection (May 2025 rows only).';

-- Occupation roles: the BLS figure itself, rank 1 = newest vintage that has an average
-- (a May 2025 row whose mean BLS suppressed ranks below a May 2024 row with one).
insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            employment, location_quotient, jobs_per_1000, as_of, projection, projection_method)
select r.id, f.region_id, f.source_id,
       row_number() over (partition by r.id, f.region_id order by (f.mean is not null) desc, f.year desc),
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.as_of, f.projection, f.projection_method
from roles r
join oews_figures f on f.soc_code = r.soc_code
where r.kind = 'occupation';
