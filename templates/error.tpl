{{%AUTOESCAPE context="HTML"}}<section class="error" aria-labelledby="error-title">
<h1 id="error-title">{{#E400}}That request could not be read{{/E400}}{{#E404}}Page not found{{/E404}}{{#E405}}Method not allowed{{/E405}}{{#E411}}Length required{{/E411}}{{#E413}}Form too large{{/E413}}{{#E415}}Unsupported form encoding{{/E415}}{{#E414}}Address too long{{/E414}}{{#E500}}Something went wrong on our side{{/E500}}{{#E503}}payband is briefly unavailable{{/E503}}</h1>
<p class="status">HTTP {{STATUS}} {{REASON}}</p>
{{#E400}}<p>The address contains characters or values payband cannot read (for example broken percent-encoding or text that is not UTF-8). Start again from the <a href="{{BASE}}/">list of reports</a>.</p>{{/E400}}
{{#E404}}{{#UNKNOWN_ROLE}}<p>payband has no role with that name.</p>{{/UNKNOWN_ROLE}}{{#UNKNOWN_REGION}}<p>payband has no region with that name.</p>{{/UNKNOWN_REGION}}
{{#HAS_SUGGESTIONS}}<p>Did you mean:</p>
<ul class="suggestions">{{#SUGGESTION}}
<li><a href="{{BASE}}/report/{{ROLE_SLUG:url_query_escape}}/{{REGION_SLUG:url_query_escape}}">{{LABEL}}</a></li>{{/SUGGESTION}}
</ul>{{/HAS_SUGGESTIONS}}
<p>See every role and region on the <a href="{{BASE}}/">home page</a>.</p>{{/E404}}
{{#E405}}<p>This address only answers the methods listed in the response's Allow header.</p>{{/E405}}
{{#E414}}<p>The address is longer than payband accepts.</p>{{/E414}}
{{#E411}}<p>The form was sent without its length. Nothing was stored; please send it again from the <a href="{{BASE}}/contribute">form</a>.</p>{{/E411}}
{{#E413}}<p>The form sent is larger than payband accepts (16 KiB). Nothing was stored; please send it again from the <a href="{{BASE}}/contribute">form</a>.</p>{{/E413}}
{{#E415}}<p>payband accepts forms sent as application/x-www-form-urlencoded only. Nothing was stored.</p>{{/E415}}
{{#E500}}<p>The error has been logged. Please try again later.</p>{{/E500}}
{{#E503}}<p>payband cannot reach its database right now. Please try again in a few seconds; nothing you did caused this.</p>{{/E503}}
</section>
