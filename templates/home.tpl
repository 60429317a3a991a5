{{%AUTOESCAPE context="HTML"}}<section class="intro">
<h1>Pay figures you can check</h1>
<p>payband reports what technology roles are paid across the United States and each state, with every figure's publisher and date shown beside it: the U.S. Bureau of Labor Statistics' Occupational Employment and Wage Statistics, the Stack Overflow Developer Survey 2023 and payband's own market reports.</p>
</section>
<section aria-labelledby="pick-title" class="card">
<h2 id="pick-title">Open a market report</h2>
<form method="get" action="{{BASE}}/report" class="picker">
<div class="field">
<label for="role">Role</label>
<select id="role" name="role">{{#ROLE_OPTION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/ROLE_OPTION}}
</select>
</div>
<div class="field">
<label for="region">Region</label>
<select id="region" name="region">{{#REGION_OPTION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/REGION_OPTION}}
</select>
</div>
<button type="submit">Show report</button>
</form>
</section>
<section aria-labelledby="dev-title">
<h2 id="dev-title">Developer roles</h2>
<p>Roles from the Stack Overflow Developer Survey, each tied to the BLS occupation it belongs to.</p>
<ul class="roles">{{#DEVELOPER_ROLE}}
<li><a href="{{BASE}}/report/{{SLUG:url_query_escape}}/us">{{TITLE}}</a></li>{{/DEVELOPER_ROLE}}
</ul>
</section>
<section aria-labelledby="occ-title">
<h2 id="occ-title">Occupations (BLS)</h2>
<ul class="roles">{{#OCCUPATION_ROLE}}
<li><a href="{{BASE}}/report/{{SLUG:url_query_escape}}/us">{{TITLE}}</a> <span class="soc">SOC {{SOC_CODE}}</span></li>{{/OCCUPATION_ROLE}}
</ul>
</section>
