// placeholder until the widget issue lands
