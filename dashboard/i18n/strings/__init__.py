"""The translation catalogue, one module per page; merged by dashboard.i18n."""
