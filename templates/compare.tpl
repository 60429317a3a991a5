{{%AUTOESCAPE context="HTML"}}<h1>{{#RESULT}}{{ROLE}}: pay by region{{/RESULT}}{{#NO_RESULT}}Compare regions{{/NO_RESULT}}</h1>
{{#ERRORS}}<div class="error-summary" role="alert" tabindex="-1" id="errors">
<h2>Please correct the form</h2>
<ul>{{#ROLE_ERROR}}<li><a href="#role">Role</a> {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}}</li>{{/ROLE_ERROR}}{{#REGION_ERROR}}<li><a href="#regions">Regions</a>: one {{MESSAGE}}{{#BAD}}: “{{BAD}}”{{/BAD}} (choose 1 to 8)</li>{{/REGION_ERROR}}</ul>
</div>{{/ERRORS}}
{{#RESULT}}<section aria-labelledby="table-title">
<h2 id="table-title">Nominal and price-adjusted pay</h2>
<table class="compare">
<caption>Average pay for {{ROLE}}; adjusted = average × 100 ÷ the region's price parity (U.S. = 100)</caption>
<thead><tr><th scope="col">Region</th><th scope="col">Average</th><th scope="col">Median</th><th scope="col">Price parity</th><th scope="col">Average, adjusted</th><th scope="col">Median, adjusted</th><th scope="col">Source</th></tr></thead>
<tbody>{{#ROW}}
<tr><th scope="row">{{REGION}}</th><td>{{#MEAN}}{{MEAN}}{{/MEAN}}{{#NO_FIGURE}}no figure{{/NO_FIGURE}}</td><td>{{#MEDIAN}}{{MEDIAN}}{{/MEDIAN}}</td><td>{{#RPP}}{{RPP}} <span class="note">({{RPP_YEAR}}{{#RPP_AREA}}; BEA's figure for {{RPP_AREA}}, this metro area as delineated in 2020{{/RPP_AREA}})</span>{{/RPP}}{{#NO_RPP}}not published{{/NO_RPP}}</td><td>{{#ADJ_MEAN}}{{ADJ_MEAN}}{{/ADJ_MEAN}}</td><td>{{#ADJ_MEDIAN}}{{ADJ_MEDIAN}}{{/ADJ_MEDIAN}}</td><td>{{#PUBLISHER}}{{PUBLISHER}}, {{VINTAGE}}{{/PUBLISHER}}{{#DERIVATION}}<br><span class="note">{{DERIVATION}}</span>{{/DERIVATION}}{{#CAUTION}}<br><span class="note caution">{{CAUTION}}</span>{{/CAUTION}}</td></tr>{{/ROW}}
</tbody>
</table>
<p class="source">Price parities: U.S. Bureau of Economic Analysis, Regional Price Parities (all items), public domain. An adjusted figure shows what the pay buys at U.S. average prices.</p>
<figure class="chart">
<svg viewBox="0 0 680 {{CHART_HEIGHT}}" role="img" aria-labelledby="bars-title" xmlns="http://www.w3.org/2000/svg">
<title id="bars-title">Average pay by region, nominal (dark) and price-adjusted (light)</title>{{#BAR}}
<text x="0" y="{{YT}}">{{REGION}}</text>{{#NOMINAL}}
<rect class="bar" x="{{X0}}" y="{{Y}}" width="{{W}}" height="16"/><text x="{{XT}}" y="{{Y}}" dy="12">{{NOMINAL}}</text>{{/NOMINAL}}{{#ADJUSTED}}
<rect class="bar-adjusted" x="{{X0}}" y="{{Y2}}" width="{{WA}}" height="16"/><text x="{{XTA}}" y="{{Y2}}" dy="12">{{ADJUSTED}} adjusted</text>{{/ADJUSTED}}{{/BAR}}
</svg>
</figure>
<p><a href="{{BASE}}/compare.csv?{{CSV_QUERY}}">Download this table as CSV</a></p>
</section>{{/RESULT}}
<section aria-labelledby="compare-form-title">
<h2 id="compare-form-title">Choose a role and up to eight regions</h2>
<form method="get" action="{{BASE}}/compare" class="picker">
<div class="field">
<label for="role">Role</label>
<select id="role" name="role">{{#ROLE_OPTION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/ROLE_OPTION}}
</select>
</div>
<div class="field">
<label for="regions">Regions (hold Ctrl or ⌘ to choose several)</label>
<select id="regions" name="region" multiple size="10">{{#REGION_OPTION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{#METRO}}— {{/METRO}}{{NAME}}</option>{{/REGION_OPTION}}
</select>
</div>
<button type="submit">Compare</button>
</form>
</section>
