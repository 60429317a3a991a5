-- 017: the estimate's base figure per role x region (fallback up the region tree, missing percentiles filled from BLS shapes), stored.
--
-- For every role x region the estimate starts from one figure: the cell's rank-1
-- market figure if it has a mean or median, else the first ancestor's (metro ->
-- state -> nation). The estimate needs a whole distribution, but some figures have
-- no percentiles (the reference report publishes none, so neither do the figures
-- derived from it). Those are filled with the shape of the BLS May 2025
-- distribution of the role's occupation, scaled so its mean matches the figure's
-- mean: p_k = mean x soc_p_k / soc_mean. The shape comes from the figure's own
-- region where BLS publishes a complete May 2025 distribution (mean and all five
-- percentiles) for the occupation, else the nearest ancestor that has one (for a
-- metro: its state; BLS metro distributions are not loaded). Published values are
-- never replaced. All this is computed here, not per request.

create table estimate_bases (
    role_id             integer not null references roles,
    region_id           integer not null references regions,
    figure_id           bigint not null references market_figures,
    figure_region_id    integer not null references regions,
    fallback            boolean not null,
    mean                integer check (mean >= 0),
    median              integer check (median >= 0),
    p10                 integer check (p10 >= 0),
    p25                 integer check (p25 >= 0),
    p75                 integer check (p75 >= 0),
    p90                 integer check (p90 >= 0),
    projection          integer check (projection >= 0),
    shape_note          text,
    primary key (role_id, region_id),
    check (fallback = (figure_region_id <> region_id)),
    check (mean is not null or median is not null),
    check (p10 <= p25 and p25 <= median and median <= p75 and p75 <= p90)
);
comment on table estimate_bases is 'Base figure of the estimate per role x requested region (rebuilt by refresh_estimate_bases(); run it after any change to market_figures or regions).';
comment on column estimate_bases.figure_id is 'The market_figures row (rank 1) the base comes from: source and derivation are read from it.';
comment on column estimate_bases.figure_region_id is 'Region of that figure: the requested region, or the first ancestor with a figure (fallback).';
comment on column estimate_bases.shape_note is 'How missing percentiles were filled; NULL when all are published in the figure.';
create index estimate_bases_figure_id_idx on estimate_bases (figure_id);

-- A function so that later migrations that add or change figures can rebuild the
-- table in one call (and the FK to market_figures makes them notice).
create function refresh_estimate_bases()
returns void
language sql
set search_path = pg_catalog, public, pg_temp
set jit = off   -- compiling this one-off query costs more than running it
as $$
    delete from estimate_bases;

    insert into estimate_bases (role_id, region_id, figure_id, figure_region_id, fallback,
                                mean, median, p10, p25, p75, p90, projection, shape_note)
    with recursive chain (region_id, ancestor_id, depth) as (
        select id, id, 0 from regions
        union all
        select c.region_id, g.parent_id, c.depth + 1
        from chain c join regions g on g.id = c.ancestor_id
        where g.parent_id is not null
    ),
    -- the nearest region (itself first) whose rank-1 figure has a mean or median
    fig as (
        select distinct on (r.id, c.region_id) r.id as role_id, r.soc_code, c.region_id, f.id as figure_id,
               f.region_id as figure_region_id
        from roles r
        cross join chain c
        join market_figures f on f.role_id = r.id and f.region_id = c.ancestor_id and f.rank = 1
                             and (f.mean is not null or f.median is not null)
        order by r.id, c.region_id, c.depth
    ),
    -- per region x occupation, the nearest complete BLS May 2025 distribution
    shape as (
        select distinct on (c.region_id, w.soc_code) c.region_id, w.soc_code, g.name as shape_region,
               g.kind as shape_region_kind, w.a_mean, w.a_pct10, w.a_pct25, w.a_median, w.a_pct75, w.a_pct90
        from chain c
        join oews_wages w on w.region_id = c.ancestor_id
        join sources s on s.id = w.source_id and s.slug = 'bls-oews-2025'
        join regions g on g.id = w.region_id
        where num_nulls(w.a_mean, w.a_pct10, w.a_pct25, w.a_median, w.a_pct75, w.a_pct90) = 0
          and w.soc_code in (select soc_code from roles)
        order by c.region_id, w.soc_code, c.depth
    )
    select x.role_id, x.region_id, x.figure_id, x.figure_region_id, x.figure_region_id <> x.region_id,
           f.mean,
           -- p_k = mean x soc_p_k / soc_mean, multiplied before dividing (as the contract
           -- writes it); by the median only where no mean is published
           coalesce(f.median, round(coalesce(f.mean::numeric * d.a_median / d.a_mean, f.median::numeric)))::integer,
           coalesce(f.p10, round(coalesce(f.mean::numeric * d.a_pct10 / d.a_mean, f.median::numeric * d.a_pct10 / d.a_median)))::integer,
           coalesce(f.p25, round(coalesce(f.mean::numeric * d.a_pct25 / d.a_mean, f.median::numeric * d.a_pct25 / d.a_median)))::integer,
           coalesce(f.p75, round(coalesce(f.mean::numeric * d.a_pct75 / d.a_mean, f.median::numeric * d.a_pct75 / d.a_median)))::integer,
           coalesce(f.p90, round(coalesce(f.mean::numeric * d.a_pct90 / d.a_mean, f.median::numeric * d.a_pct90 / d.a_median)))::integer,
           f.projection,
           case when num_nulls(f.median, f.p10, f.p25, f.p75, f.p90) = 5 and d.a_mean is not null then
               format('Percentiles: the BLS May 2025 distribution of %s (%s) in %s%s, scaled to this %s.',
                      o.title, o.soc_code,
                      case when d.shape_region_kind = 'nation' then 'the ' else '' end, d.shape_region,
                      case when f.mean is not null then 'mean' else 'median' end)
           when num_nulls(f.median, f.p10, f.p25, f.p75, f.p90) > 0 and d.a_mean is not null then
               format('Not published for this figure: %s; filled from the BLS May 2025 distribution of %s (%s) in %s%s, '
                      'scaled to this %s. The other percentiles as published.',
                      array_to_string(array_remove(array[
                          case when f.p10 is null then 'p10' end, case when f.p25 is null then 'p25' end,
                          case when f.median is null then 'median' end, case when f.p75 is null then 'p75' end,
                          case when f.p90 is null then 'p90' end], null), ', '),
                      o.title, o.soc_code,
                      case when d.shape_region_kind = 'nation' then 'the ' else '' end, d.shape_region,
                      case when f.mean is not null then 'mean' else 'median' end)
           end
    from fig x
    join market_figures f on f.id = x.figure_id
    join occupations o on o.soc_code = x.soc_code
    left join shape d on d.region_id = x.figure_region_id and d.soc_code = x.soc_code;
$$;
comment on function refresh_estimate_bases() is 'Rebuilds estimate_bases from market_figures, regions and oews_wages (load time only; not for the web role).';
revoke execute on function refresh_estimate_bases() from public;

-- Tables filled by earlier migrations in this run may have no planner statistics yet.
analyze regions, market_figures, oews_wages, roles;
do $$ begin perform refresh_estimate_bases(); end $$;

-- Estimate contract 7: one row per (role, region), a lookup of the stored base.
-- (The input is not called region_slug: that is an output column.)
create function estimate_base(role_slug text, requested_slug text)
returns table (requested_region_slug text, region_slug text, region_name text, fallback boolean,
               mean integer, median integer, p10 integer, p25 integer, p75 integer, p90 integer,
               projection integer, shape_note text, publisher text, vintage text, source_title text,
               derivation text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select q.slug::text, g.slug::text, g.name, b.fallback,
           b.mean, b.median, b.p10, b.p25, b.p75, b.p90, b.projection, b.shape_note,
           s.publisher, s.vintage, s.title, f.derivation
    from estimate_bases b
    join roles r on r.id = b.role_id
    join regions q on q.id = b.region_id
    join regions g on g.id = b.figure_region_id
    join market_figures f on f.id = b.figure_id
    join sources s on s.id = f.source_id
    where r.slug = role_slug and q.slug = requested_slug
$$;
comment on function estimate_base(text, text) is 'Estimate contract 7: the base figure for a role x region (fallback to the nearest ancestor with one; missing percentiles filled from the BLS May 2025 shape).';

do $$
declare
    bad text;
    base record;
begin
    -- a base for every role x region (nation, states, metros)
    select string_agg(format('%s/%s', r.slug, g.slug), ', ') into bad
    from roles r cross join regions g
    where not exists (select 1 from estimate_bases b where b.role_id = r.id and b.region_id = g.id);
    if bad is not null then
        raise exception 'estimate_base: no row for %', left(bad, 500);
    end if;
    -- ... through the function too, for every role x state and role x nation, with a whole distribution
    select string_agg(format('%s/%s', r.slug, g.slug), ', ') into bad
    from roles r cross join regions g
    where g.kind in ('nation', 'state')
      and not exists (select 1 from estimate_base(r.slug, g.slug) e
                      where num_nulls(e.median, e.p10, e.p25, e.p75, e.p90) = 0);
    if bad is not null then
        raise exception 'estimate_base(): no complete row for %', left(bad, 500);
    end if;
    if exists (select 1 from estimate_bases where num_nulls(median, p10, p25, p75, p90) > 0) then
        raise exception 'estimate_bases: a base without a whole distribution';
    end if;
    -- a fallback only ever goes up the tree
    if exists (select 1 from estimate_bases b join regions q on q.id = b.region_id
               where b.fallback and b.figure_region_id is distinct from q.parent_id
                 and b.figure_region_id is distinct from (select p.parent_id from regions p where p.id = q.parent_id)) then
        raise exception 'estimate_bases: a fallback to a region that is not an ancestor';
    end if;
    -- the reference report's mean with the BLS 15-1252 national shape:
    -- p90 = round(159428 x 214670 / 148100) = round(231089.86) = 231090. (The estimate
    -- contract's text says 231093 for this same formula: an arithmetic slip there; the
    -- formula is what is implemented and checked, both from the data and as a number.)
    select * into base from estimate_base('backend-developer', 'us');
    if base.mean is distinct from 159428 or base.fallback or base.region_slug <> 'us'
       or base.p90 is distinct from 231090
       or base.p90 is distinct from (select round(159428::numeric * w.a_pct90 / w.a_mean)::integer
                                     from oews_wages w join sources s on s.id = w.source_id and s.slug = 'bls-oews-2025'
                                     join regions g on g.id = w.region_id and g.slug = 'us'
                                     where w.soc_code = '15-1252')
       or base.shape_note is distinct from
          'Percentiles: the BLS May 2025 distribution of Software Developers (15-1252) in the United States, scaled to this mean.' then
        raise exception 'estimate_base(backend-developer, us): mean %, p90 %, note %; expected 159428, 231090 and the BLS shape note',
            base.mean, base.p90, base.shape_note;
    end if;
end $$;
