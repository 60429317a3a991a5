{{%AUTOESCAPE context="HTML"}}<h1>Thank you</h1>
{{#ACCEPTED}}<p>Your pay for <strong>{{ROLE}}</strong> in <strong>{{REGION}}</strong> is stored and counted as a contribution. Contributions are counted apart from the published figures, which stay as their sources published them.</p>
<dl class="figures">
<div><dt>Contributions before</dt><dd id="count-before">{{BEFORE}}</dd></div>
<div><dt>Contributions now</dt><dd class="big" id="count-after">{{AFTER}}</dd></div>
</dl>{{/ACCEPTED}}
{{#HELD}}<p>Your pay for <strong>{{ROLE}}</strong> in <strong>{{REGION}}</strong> is stored. It is far from the published figures for this role and region, so a person will check it before it counts; until then the count of accepted contributions for this role and region stays at <span id="count-after">{{AFTER}}</span>.</p>{{/HELD}}
<p>Reloading this page stores nothing again.</p>
<p><a href="{{BASE}}/report/{{ROLE_SLUG:url_query_escape}}/{{REGION_SLUG:url_query_escape}}">See the market report for {{ROLE}} in {{REGION}}</a> · <a href="{{BASE}}/contribute">Contribute another</a></p>
