-- 040: one stable, stated projection per occupation: the national May 2024 -> May 2025 change of its mean wage, shrunk toward the tech occupations' change (empirical Bayes).
--
-- Until now each cell carried its own year-over-year change one more year (003's oews_figures): -24.9 % to
-- +39.0 % across cells, mostly sampling noise of small state cells, and BLS cautions against comparing OEWS
-- estimates across years. Instead, for each of the 33 tech-related occupations of sql/data (the codes of the
-- state file), on the national figures:
--
--   d_i   = ln(mean 2025 / mean 2024), the occupation's raw change;
--   se_i  = sqrt(r24² + r25² - 2 rho r24 r25), r = mean_prse / 100 (the relative standard error of a mean is
--           the standard error of its log). rho = 2/3: an OEWS estimate pools six semiannual panels collected
--           over three years, and the May 2024 and May 2025 estimates share four of them, so their sampling
--           errors move together. (Assuming independent years, rho = 0, the 33 changes would be no more spread
--           than their noise, tau² = 0, and every occupation would get the tech-wide change.)
--   mu    = ln(sum emp24_i * mean25_i / sum emp24_i * mean24_i): the 33 occupations together at fixed May 2024
--           employment weights, so that jobs moving between occupations do not count as a pay change;
--   tau²  = max(0, avg (d_i - mu)² - avg se_i²): the between-occupation variance net of sampling variance
--           (method of moments);
--   w_i   = tau² / (tau² + se_i²), d*_i = mu + w_i (d_i - mu), change_pct = 100 (exp(d*_i) - 1).
--
-- Suppressed (change_pct NULL, the method says why) where a year's national mean or its PRSE is missing, or
-- where se_i is above 3 percentage points: the occupation's own change is then mostly noise.
-- Every BLS-based figure, in every region, projects with its occupation's change (042); the reference
-- report's own projection stays its own claim.

create table occupation_projections (
    soc_code        text primary key references occupations,
    change_pct      numeric(6,2),
    raw_change_pct  numeric(6,2),
    se_pct          numeric(6,2),
    weight          numeric(4,3) check (weight between 0 and 1),
    method          text not null check (method <> ''),
    check ((change_pct is null) = (weight is null))
);
comment on table occupation_projections is 'One-year projection rule per tech occupation: the national May 2024 -> May 2025 change of the mean wage, shrunk toward the tech occupations'' change (empirical Bayes); see sql/migrations/040 and docs/model.md.';
comment on column occupation_projections.change_pct is 'The change a projection applies to a figure''s mean, in percent; NULL = suppressed (method says why).';
comment on column occupation_projections.raw_change_pct is 'The occupation''s own national change of the mean wage, May 2024 -> May 2025, in percent.';
comment on column occupation_projections.se_pct is 'Standard error of that change (log scale, in percentage points), from both years'' mean_prse.';
comment on column occupation_projections.weight is 'tau² / (tau² + se²): the share of the occupation''s own change kept; the rest is the tech occupations'' change.';
comment on column occupation_projections.method is 'The sentence shown as a figure''s projection method (or why there is none).';

-- Formatting for the sentences below (temporary: gone with this session).
create function pg_temp.pct(v numeric) returns text language sql immutable as $$
    -- sign of the rounded value, so a tiny fall reads 0.0 %, not -0.0 %
    select case sign(round(v, 1)) when 1 then '+' when -1 then '-' else '' end
           || to_char(abs(round(v, 1)), 'FM9990.0') || ' %'
$$;

with tech as (
    -- the 33 tech-related occupations: the codes of the state file (sql/data/README.md)
    select distinct w.soc_code
    from oews_wages w join regions g on g.id = w.region_id and g.kind = 'state'
),
nat as (
    select t.soc_code, o.title,
           a.a_mean::numeric as m24, a.mean_prse / 100 as r24, a.employment as e24,
           b.a_mean::numeric as m25, b.mean_prse / 100 as r25
    from tech t
    join occupations o on o.soc_code = t.soc_code
    join regions us on us.slug = 'us'
    left join oews_wages a on a.soc_code = t.soc_code and a.region_id = us.id and a.year = 2024
    left join oews_wages b on b.soc_code = t.soc_code and b.region_id = us.id and b.year = 2025
),
d as (
    select n.*, ln(n.m25 / n.m24) as d,
           sqrt(n.r24 ^ 2 + n.r25 ^ 2 - 2 * (2.0 / 3) * n.r24 * n.r25) as se,
           num_nulls(n.m24, n.m25, n.r24, n.r25) = 0 as complete
    from nat n
),
mu as (
    select ln(sum(e24 * m25) / sum(e24 * m24)) as mu, count(*) as k
    from d where complete and e24 is not null
),
tau as (
    select greatest(0, avg((d.d - mu.mu) ^ 2) - avg(d.se ^ 2)) as tau2
    from d, mu where d.complete
),
est as (
    select d.soc_code, d.title, d.complete, d.m24, d.m25, mu.mu, mu.k, tau.tau2,
           100 * (exp(d.d) - 1) as raw_pct, 100 * d.se as se_pct,
           case when d.complete and d.se <= 0.03 then tau.tau2 / (tau.tau2 + d.se ^ 2) end as w
    from d, mu, tau
),
shrunk as (
    select e.*, 100 * (exp(e.mu + e.w * (ln(e.m25 / e.m24) - e.mu)) - 1) as chg
    from est e
)
insert into occupation_projections (soc_code, change_pct, raw_change_pct, se_pct, weight, method)
select e.soc_code, round(e.chg, 2),
       round(e.raw_pct, 2), round(e.se_pct, 2), round(e.w, 3),
       case
       when not e.complete then
           format('No projection: BLS did not publish both national mean wages (May 2024 and May 2025, with their '
                  'standard errors) for %s (%s), so there is no change to carry forward.', e.title, e.soc_code)
       when e.w is null then
           format('No projection: the national mean wage of %s (%s) changed %s from May 2024 to May 2025, but with '
                  'a standard error of %s points that change is mostly sampling noise (payband projects only where '
                  'it is at most 3 points).', e.title, e.soc_code, pg_temp.pct(e.raw_pct),
                  to_char(e.se_pct, 'FM990.0'))
       else
           format('One-year projection: this figure''s mean × (1 %s %s). That is the change of the national mean '
                  'wage of %s (%s) from May 2024 to May 2025 (%s, standard error %s points) shrunk toward the change '
                  'of all %s tech occupations together (%s) with weight %s (empirical Bayes), the same in every '
                  'region. Not a forecast: BLS cautions against comparing OEWS estimates across years; this only '
                  'carries the recent national change one year forward.',
                  case when round(e.chg, 1) < 0 then '-' else '+' end, to_char(abs(round(e.chg, 1)), 'FM990.0') || ' %',
                  e.title, e.soc_code, pg_temp.pct(e.raw_pct), to_char(e.se_pct, 'FM990.0'),
                  e.k, pg_temp.pct(100 * (exp(e.mu) - 1)), to_char(e.w, 'FM0.00'))
       end
from shrunk e;

do $$
declare
    mu numeric;
begin
    if (select count(*) from occupation_projections) <> 33 then
        raise exception 'occupation_projections: % rows, expected the 33 tech occupations',
            (select count(*) from occupation_projections);
    end if;
    -- every occupation a role uses (and 15-1252, the reference report's) has a row
    if exists (select 1 from (select soc_code from roles union select '15-1252') s
               where not exists (select 1 from occupation_projections p where p.soc_code = s.soc_code)) then
        raise exception 'occupation_projections: an occupation of a role has no row';
    end if;
    -- shrinkage keeps each change between the occupation's own and the tech-wide one, and all of them sane
    select 100 * (sum(a.employment * b.a_mean::numeric) / sum(a.employment * a.a_mean::numeric) - 1) into mu
    from occupation_projections p
    join regions us on us.slug = 'us'
    join oews_wages a on a.soc_code = p.soc_code and a.region_id = us.id and a.year = 2024
    join oews_wages b on b.soc_code = p.soc_code and b.region_id = us.id and b.year = 2025
    where num_nulls(a.a_mean, b.a_mean, a.mean_prse, b.mean_prse, a.employment) = 0;
    if exists (select 1 from occupation_projections
               where change_pct is not null
                 and (change_pct not between least(raw_change_pct, mu) - 0.01 and greatest(raw_change_pct, mu) + 0.01
                      or abs(change_pct) > 10)) then
        raise exception 'occupation_projections: a shrunk change outside [own change, tech-wide change %] or beyond 10 %%', mu;
    end if;
    if exists (select 1 from occupation_projections where change_pct is null and method not like 'No projection:%') then
        raise exception 'occupation_projections: a suppressed projection without its reason';
    end if;
end $$;
