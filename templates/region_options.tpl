{{%AUTOESCAPE context="HTML"}}{{#REGION_NATION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/REGION_NATION}}{{#REGION_STATE}}
<optgroup label="{{NAME}}">
<option value="{{SLUG}}"{{#STATE_SELECTED}} selected{{/STATE_SELECTED}}>{{NAME}} (whole state)</option>{{#METRO}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{NAME}}</option>{{/METRO}}
</optgroup>{{/REGION_STATE}}
