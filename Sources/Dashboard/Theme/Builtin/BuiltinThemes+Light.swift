extension BuiltinThemes {
    /// `Themes/light.yaml`, compiled in so the theme works from any directory (a test keeps them identical).
    static let light = """
        # cloudtop light theme: darker hues that stay readable on a white background.
        name: light
        description: For light terminal backgrounds.
        inherits: default
        palette:
          accent: 25
          ok: 28
          warn: 130
          crit: 160
          pending: 61
          muted: 244
          command: 90
          alert: 231
        roles:
          text.emphasis: {fg: black, bold: true}
          panel.title: {fg: black, bold: true}
        """
}
