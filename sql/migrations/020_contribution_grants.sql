-- 020: privileges for the contributions contract: payband_web may run submit_contribution, contribution_receipt and crowd_figures, nothing else.

-- Functions are executable by PUBLIC when created; 010's "alter default privileges"
-- covers only functions made by the role that ran 010. Revoke every new one
-- explicitly, so only the grants below count whoever runs the migrations.
revoke execute on function
    crowd_cells_count(), crowd_cells_truncate(),
    contribution_store(uuid, text, text, integer, integer, integer, integer, text, text[], text[], text),
    submit_contribution(uuid, text, text, integer, integer, integer, integer, text, text[], text[], bytea, integer, interval),
    import_contribution(uuid, text, text, integer, integer, integer, integer, text, text[], text[]),
    contribution_receipt(bigint), crowd_figures(text, text), contribution_review(bigint, text)
    from public;

-- The web program: the three SECURITY DEFINER functions only. No table, no view:
-- it reads crowd figures through crowd_figures(), whose privacy rule it cannot skip.
grant execute on function
    submit_contribution(uuid, text, text, integer, integer, integer, integer, text, text[], text[], bytea, integer, interval),
    contribution_receipt(bigint), crowd_figures(text, text)
    to payband_web;

do $$
declare
    bad text;
begin
    -- the web role reads and writes tables only through the functions above (as 018 checks)
    select string_agg(c.relname, ', ') into bad
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind in ('r', 'p')
      and (has_table_privilege('payband_web', c.oid, 'select')
           or has_table_privilege('payband_web', c.oid, 'insert, update, delete, truncate, references, trigger'));
    if bad is not null then
        raise exception 'payband_web has a privilege on tables %', bad;
    end if;
    if has_table_privilege('payband_web', 'v_crowd_export', 'select') then
        raise exception 'payband_web may read v_crowd_export (payband-admin only)';
    end if;
    -- what it may run: exactly the three contract functions of the contributions contract
    select string_agg(p.oid::regprocedure::text, ', ') into bad
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public'
      and p.proname in ('crowd_cells_count', 'crowd_cells_truncate', 'contribution_store', 'import_contribution',
                        'contribution_review', 'submit_contribution', 'contribution_receipt', 'crowd_figures')
      and has_function_privilege('payband_web', p.oid, 'execute')
         <> (p.proname in ('submit_contribution', 'contribution_receipt', 'crowd_figures'));
    if bad is not null then
        raise exception 'payband_web execute privilege wrong on %', bad;
    end if;
    -- what it runs does so as the owner, with a search path nobody else can write to
    select string_agg(p.proname, ', ') into bad
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and p.proname in ('submit_contribution', 'contribution_receipt', 'crowd_figures')
      and (not p.prosecdef or not coalesce(p.proconfig::text[] @> array['search_path=pg_catalog, public, pg_temp'], false));
    if bad is not null then
        raise exception 'not SECURITY DEFINER with a pinned search_path: %', bad;
    end if;
end $$;
