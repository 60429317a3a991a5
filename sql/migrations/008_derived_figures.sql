-- 008: derived market figures: developer roles nationally (their occupation's BLS figure) and in every state.
--
-- BLS publishes figures per occupation, not per survey developer role. A
-- developer role therefore shows its occupation's BLS figure nationally (after
-- the reference report, where one exists), and in a state its national rank-1
-- figure scaled by the occupation's state-to-U.S. ratio. Every such row says so
-- in `derivation`.

-- 1. Developer roles x U.S.: the occupation's BLS figures, newest vintage first,
--    ranked after any figure the cell already has (the reference report).
insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            employment, location_quotient, jobs_per_1000, as_of, projection, projection_method,
                            derivation)
select r.id, f.region_id, f.source_id,
       coalesce((select max(m.rank) from market_figures m where m.role_id = r.id and m.region_id = f.region_id), 0)
         + row_number() over (partition by r.id order by f.year desc),
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.as_of, f.projection, f.projection_method,
       format('BLS publishes no separate figure for %s; this is the figure for its occupation, %s (%s).',
              r.title, o.title, o.soc_code)
from roles r
join occupations o on o.soc_code = r.soc_code
join regions us on us.slug = 'us'
join oews_figures f on f.soc_code = r.soc_code and f.region_id = us.id
where r.kind = 'developer';

-- 2. Developer roles x state, rank 1: national rank-1 figure x the occupation's
--    May 2025 state/U.S. ratio (mean and projection by the mean ratio, each
--    percentile by its own ratio where all three numbers exist). Employment,
--    location quotient and jobs per 1,000 are the occupation's own state figures.
--    No row where BLS suppressed the occupation's state mean.
insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            employment, location_quotient, jobs_per_1000, as_of, projection, projection_method,
                            derivation)
select d.role_id, d.region_id, d.source_id, 1, d.mean, d.median, d.p10, d.p25, d.p75, d.p90,
       d.employment, d.location_quotient, d.jobs_per_1000, d.as_of, d.projection,
       case when d.projection is not null then
           format('The national projection scaled by the same ratio (%s). How the national projection was made: %s',
                  d.ratio_text, d.national_method)
       end,
       format('Derived: %s national figure (%s) × the BLS %s-to-U.S. ratio of mean wages for %s (%s), %s (%s).',
              d.role_title, d.national_citation, d.region_name, d.occ_title, d.soc_code, d.bls_vintage, d.ratio_text)
       || case when num_nonnulls(d.median, d.p10, d.p25, d.p75, d.p90) > 0 then
              format(' Percentiles: the national figure''s percentiles × the matching BLS %s-to-U.S. percentile ratios.',
                     d.region_name)
          else '' end
       || case when num_nonnulls(d.employment, d.location_quotient, d.jobs_per_1000) > 0 then
              format(' Employment, location quotient and jobs per 1,000 are the BLS figures for %s in %s, %s: they describe the whole occupation.',
                     d.occ_title, d.region_name, d.bls_vintage)
          else '' end
from (
    select r.id as role_id, r.title as role_title, st.region_id, g.name as region_name,
           o.soc_code, o.title as occ_title, n.source_id, ns.citation as national_citation,
           n.as_of, bls.vintage as bls_vintage,
           round(st.a_mean::numeric / us.a_mean, 3)::text as ratio_text,
           round(n.mean::numeric * st.a_mean / us.a_mean)::integer as mean,
           round(n.projection::numeric * st.a_mean / us.a_mean)::integer as projection,
           n.projection_method as national_method,
           round(n.median::numeric * st.a_median / us.a_median)::integer as median,
           round(n.p10::numeric * st.a_pct10 / us.a_pct10)::integer as p10,
           round(n.p25::numeric * st.a_pct25 / us.a_pct25)::integer as p25,
           round(n.p75::numeric * st.a_pct75 / us.a_pct75)::integer as p75,
           round(n.p90::numeric * st.a_pct90 / us.a_pct90)::integer as p90,
           st.employment, st.location_quotient, st.jobs_per_1000
    from roles r
    join occupations o on o.soc_code = r.soc_code
    join regions usr on usr.slug = 'us'
    join market_figures n on n.role_id = r.id and n.region_id = usr.id and n.rank = 1
    join sources ns on ns.id = n.source_id
    join sources bls on bls.slug = 'bls-oews-2025'
    join oews_wages us on us.soc_code = r.soc_code and us.region_id = usr.id and us.source_id = bls.id
    join oews_wages st on st.soc_code = r.soc_code and st.source_id = bls.id
    join regions g on g.id = st.region_id and g.kind = 'state'
    where r.kind = 'developer'
      and st.a_mean is not null and us.a_mean is not null
      and n.mean is not null
) d;

-- 3. Developer roles x state, further ranks: the occupation's own BLS state
--    figures from sources other than the rank-1 row's (for backend-developer
--    May 2025 and May 2024, for the others May 2024), newest first. Only in
--    cells that have a rank-1 row.
insert into market_figures (role_id, region_id, source_id, rank, mean, median, p10, p25, p75, p90,
                            employment, location_quotient, jobs_per_1000, as_of, projection, projection_method,
                            derivation)
select r.id, f.region_id, f.source_id,
       1 + row_number() over (partition by r.id, f.region_id order by f.year desc),
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.as_of, f.projection, f.projection_method,
       format('BLS publishes no separate figure for %s; this is the figure for its occupation, %s (%s), in %s.',
              r.title, o.title, o.soc_code, g.name)
from roles r
join occupations o on o.soc_code = r.soc_code
join market_figures first on first.role_id = r.id and first.rank = 1
join regions g on g.id = first.region_id and g.kind = 'state'
join oews_figures f on f.soc_code = r.soc_code and f.region_id = g.id and f.source_id <> first.source_id
where r.kind = 'developer';
