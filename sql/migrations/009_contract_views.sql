-- 009: the views and functions the web program queries (see the SQL contract); nothing else is exposed.

create view v_roles as
select r.slug::text as slug, r.title, r.soc_code, r.kind
from roles r;
comment on view v_roles is 'Contract 1: roles for the role picker.';

create view v_regions as
select g.slug::text as slug, g.name, g.kind, p.slug::text as parent_slug, g.sort_key
from regions g
left join regions p on p.id = g.parent_id;
comment on view v_regions is 'Contract 2: regions, ordered by sort_key (the nation first, then states by name).';

create view v_figures as
select r.slug::text as role_slug, g.slug::text as region_slug, f.rank::integer as rank,
       s.publisher, s.title as source_title, s.url as source_url, s.license, s.vintage,
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.data_points,
       f.projection, f.projection_method, f.derivation,
       o.title as occupation_title, o.soc_code
from market_figures f
join roles r on r.id = f.role_id
join regions g on g.id = f.region_id
join sources s on s.id = f.source_id
join occupations o on o.soc_code = r.soc_code;
comment on view v_figures is 'Contract 3: market figures per role x region; rank 1 = the primary figure.';

-- The functions run as their owner (SECURITY DEFINER) so the web role needs
-- EXECUTE only, not SELECT on the underlying tables; search_path is pinned so
-- nothing the caller creates can be picked up.

-- Contract 4: the cell's own premium rows if it has any, else the role's
-- national rows (region NULL).
create function report_premiums(role_slug text, region_slug text)
returns table (kind text, slug text, name text, low_pct numeric, high_pct numeric,
               top_decile_with_slug text, top_decile_with_name text, basis text, n integer,
               publisher text, vintage text, rank integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with candidates as (
        select p.*, p.region_id is not null as own
        from premiums p
        join roles r on r.id = p.role_id
        left join regions g on g.id = p.region_id
        where r.slug = role_slug
          and (p.region_id is null or g.slug = region_slug)
    )
    select c.kind,
           coalesce(sk.slug, ce.slug)::text, coalesce(sk.name, ce.name),
           c.low_pct, c.high_pct, tw.slug::text, tw.name, c.basis, c.n,
           s.publisher, s.vintage, c.rank::integer
    from candidates c
    join sources s on s.id = c.source_id
    left join skills sk on sk.id = c.skill_id
    left join certifications ce on ce.id = c.certification_id
    left join skills tw on tw.id = c.top_decile_with_skill_id
    where c.own = (select bool_or(own) from candidates)
$$;
comment on function report_premiums(text, text) is 'Contract 4: skill/certification premiums for a role x region (the cell''s own rows, else the role''s national rows).';

-- Contract 5: per section, the rows of the most specific level that has any:
-- (role, region) > (role, any region) > (any role, region) > (any role, any region).
create function report_narratives(role_slug text, region_slug text)
returns table (section text, "position" integer, body text)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    with candidates as (
        select n.section, n.position, n.body,
               (n.role_id is not null)::int * 2 + (n.region_id is not null)::int as specificity
        from narratives n
        left join roles r on r.id = n.role_id
        left join regions g on g.id = n.region_id
        where (n.role_id is null or r.slug = role_slug)
          and (n.region_id is null or g.slug = region_slug)
    )
    select c.section, c.position::integer, c.body
    from candidates c
    where c.specificity = (select max(c2.specificity) from candidates c2 where c2.section = c.section)
$$;
comment on function report_narratives(text, text) is 'Contract 5: report wording for a role x region, most specific match per section.';

-- Contract 6: the role's most used technologies (empty for roles without a survey mapping).
create function role_required_skills(role_slug text)
returns table (slug text, name text, category text, share_pct numeric, n integer, rank integer)
language sql stable security definer
set search_path = pg_catalog, public, pg_temp
as $$
    select s.slug::text, s.name, s.category, rr.share_pct, rr.n, rr.rank::integer
    from role_required_skills rr
    join roles r on r.id = rr.role_id
    join skills s on s.id = rr.skill_id
    where r.slug = role_slug
$$;
comment on function role_required_skills(text) is 'Contract 6: skills most used by the role''s survey developer type, with share and group size.';
