"""Who may use the search's admin views (the search log report, the learned abbreviations):
one helper for both. The rights are the models' own permissions (redactie/rollen.py gives
them to the coördinatoren), limited to the actions a view offers."""

from functools import wraps

from django.shortcuts import render

from wagtail.permission_policies import ModelPermissionPolicy


class Modelrechten(ModelPermissionPolicy):
    """The model's own permissions for `acties`; every other action for nobody."""

    def __init__(self, model, acties):
        super().__init__(model)
        self.acties = frozenset(acties)

    def user_has_permission(self, user, action):
        return action in self.acties and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(set(actions) & self.acties)

    def vereist(self, actie, sjabloon, titel):
        """A decorator for an admin view of a function: without the permission a 403 page
        (`sjabloon`) itself, as Wagtail's admin would turn PermissionDenied into a redirect
        to the dashboard."""

        def decorator(view):
            @wraps(view)
            def beveiligd(request, *args, **kwargs):
                if not self.user_has_permission(request.user, actie):
                    return render(request, sjabloon, {"page_title": titel}, status=403)
                return view(request, *args, **kwargs)

            return beveiligd

        return decorator
