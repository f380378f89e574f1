"""Who may change the privacy (view restrictions) of a page: coördinatoren and beheerders.

Wagtail lets whoever may publish a page also change its privacy
(`PagePermissionTester.can_set_view_restrictions()` returns `can_publish()`). Trekkers publish
inside their group's private werkruimte, so they could make the werkruimte public. Privacy of
a werkruimte is set by the system (inrichting.py); changing privacy of any page additionally
needs the permission `redactie.privacy_instellen` (Coördinatoren) or superuser status.

This is the one place that touches a Wagtail internal: the page privacy view and the status
side panel both ask `PagePermissionTester.can_set_view_restrictions()`, so narrowing that
method hides the action and refuses the POST. tests/redactie/test_aanval_privacy.py fails
when Wagtail stops asking this method."""

from wagtail.models import PagePermissionTester

PRIVACY_RECHT = "redactie.privacy_instellen"

_wagtail_can_set_view_restrictions = PagePermissionTester.can_set_view_restrictions


def mag_privacy_instellen(user):
    return user.is_active and (user.is_superuser or user.has_perm(PRIVACY_RECHT))


def _can_set_view_restrictions(self):
    return mag_privacy_instellen(self.user) and _wagtail_can_set_view_restrictions(self)


def installeer():
    PagePermissionTester.can_set_view_restrictions = _can_set_view_restrictions
