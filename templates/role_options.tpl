{{%AUTOESCAPE context="HTML"}}{{#NO_ROLE_SELECTED}}<option value="" selected>Choose a role</option>{{/NO_ROLE_SELECTED}}{{#ROLE_OPTION}}
<option value="{{SLUG}}"{{#SELECTED}} selected{{/SELECTED}}>{{TITLE}}</option>{{/ROLE_OPTION}}
