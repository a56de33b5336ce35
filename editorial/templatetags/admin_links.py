"""Template tools for admin templates that this app overrides so that they offer partners and
translators no link that editorial.boundary refuses."""

from django import template
from django.template.base import token_kwargs

from editorial.links import may_follow

register = template.Library()


@register.filter
def followable_by(url, request):
    """`url` if the boundary lets the request's user follow it, else an empty string."""
    return url if url and may_follow(request, url) else ""


class OverriddenTemplateNode(template.Node):
    def __init__(self, variables):
        self.variables = variables

    def render(self, context):
        overridden, _origin = context.template.engine.find_template(
            self.origin.template_name, skip=[self.origin]
        )
        values = {name: value.resolve(context) for name, value in self.variables.items()}
        with context.push(**values):
            return overridden.render(context)


@register.tag
def overridden_template(parser, token):
    """The template that this one overrides (Wagtail's), rendered with some variables changed:
    {% overridden_template usage_url=other_url %}."""
    variables = token_kwargs(token.split_contents()[1:], parser)
    return OverriddenTemplateNode(variables)
