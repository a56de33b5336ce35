from partners.models import PartnerPage


def network_members(request):
    """The member organisations in the reader's language, with their logos, once per request.

    The home page shows them as cards and names them in its structured data.
    """
    if not hasattr(request, "network_members_cache"):
        request.network_members_cache = list(
            PartnerPage.objects.in_locale().members().for_listing("logo")
        )
    return request.network_members_cache
