-- 050: everything in schema public belongs to the database's owner (payband_owner), and that owner is no superuser.

-- The SECURITY DEFINER functions (submit_contribution, crowd_figures, report_premiums, ...) run with their owner's
-- rights: a superuser's would make any flaw in one of them a flaw with every right in the cluster. migrate refuses
-- to run as a superuser, and "migrate --adopt" hands a database migrated before this over to payband_owner; this
-- migration checks the result, so that a database in any other state stops here with the reason.
do $$
declare
    dbowner oid := (select datdba from pg_database where datname = current_database());
    bad text;
begin
    if (select rolsuper from pg_roles where oid = dbowner) then
        raise exception 'the database % belongs to the superuser %', current_database(), pg_get_userbyid(dbowner)
            using hint = 'as the superuser: createuser payband_owner, then migrate --adopt (README: Database and migrations)';
    end if;
    -- payband's objects; an extension's (e.g. pg_stat_statements, installed by the superuser) are its own
    select string_agg(x.what, ', ') into bad from (
        select c.oid::regclass::text || ' (' || pg_get_userbyid(c.relowner) || ')' as what
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relowner <> dbowner
          and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                          and d.deptype = 'e')
        union all
        select p.oid::regprocedure::text || ' (' || pg_get_userbyid(p.proowner) || ')'
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public' and p.proowner <> dbowner
          and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid
                          and d.deptype = 'e')
        union all
        select t.oid::regtype::text || ' (' || pg_get_userbyid(t.typowner) || ')'
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = 'public' and t.typowner <> dbowner
          and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid
                          and d.deptype = 'e')
          and (t.typrelid = 0 or not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                             and d.objid = t.typrelid and d.deptype = 'e'))
          -- an array type belongs to whoever owns its element type (checked as that type)
          and not exists (select 1 from pg_type e where e.typarray = t.oid)
    ) x;
    if bad is not null then
        raise exception 'not owned by the database owner %: %', pg_get_userbyid(dbowner), bad
            using hint = 'as the superuser: migrate --adopt';
    end if;
    -- the web role stays what 010, 018 and 020 made it: it logs in, and is nothing more
    if exists (select 1 from pg_roles where rolname = 'payband_web'
               and (rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication)) then
        raise exception 'payband_web has a role attribute beyond LOGIN';
    end if;
end $$;
