"""Admin panels that several page types use."""

from wagtail.admin.panels import TitleFieldPanel


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
