"""PDF documents rendered from plain values: certificates, award lists, period reports and
blank score forms. Nothing here reads the database or the settings; callers pass everything.

Entry points: ``certificates.render_certificates`` and ``render_calibration_page``,
``award_list.render_award_list``, ``period_report.render_period_report``,
``score_forms.render_score_forms``; ``signing`` signs and checks the certificates' QR payloads.
"""
