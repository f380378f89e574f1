from wagtail import hooks

# --- issue 15: learned abbreviations in the admin (search/beheer.py) --------------------------
from search.beheer import geleerde_afkortingen


@hooks.register("register_admin_viewset")
def _geleerde_afkortingen():
    return geleerde_afkortingen
