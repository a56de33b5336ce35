"""Admin panels that several page types use."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.panels.comment_panel import CommentPanel


class TitlePanel(TitleFieldPanel):
    """Wagtail's title panel, which keeps the slug in step with the title, for forms that may
    lack the slug field (a field permission takes it away from some editors).

    Wagtail's sync script looks its targets up by a selector that would be empty without the
    field, and an empty selector throws in the browser; so without a target there is no sync.
    """

    class BoundPanel(TitleFieldPanel.BoundPanel):
        def get_attrs(self):
            if any(target in self.form.fields for target in self.panel.targets):
                return super().get_attrs()
            placeholder = self.get_placeholder()
            if placeholder and "placeholder" not in self.bound_field.field.widget.attrs:
                return {"placeholder": placeholder}
            return {}


def promote_panels_for(permission):
    """The Promote tab of a page type that partners fill in: its address and search-engine
    texts only for those with `permission` (field permissions take the fields out of the others'
    form; a hidden tab alone would leave them required)."""
    return [
        MultiFieldPanel(
            [
                FieldPanel("slug", permission=permission),
                FieldPanel("seo_title", permission=permission),
                FieldPanel("search_description", permission=permission),
            ],
            heading=_("For search engines"),
            permission=permission,
        )
    ]


def settings_panels_for(permission):
    """The Settings tab of such a page type: its publishing schedule only for those with
    `permission`; comments for everyone."""
    return [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("go_live_at", permission=permission),
                        FieldPanel("expire_at", permission=permission),
                    ]
                )
            ],
            heading=_("Scheduled publishing"),
            permission=permission,
        ),
        CommentPanel(),
    ]
