extension BuiltinThemes {
    /// `Themes/high-contrast.yaml`, compiled in so the theme works from any directory (a test keeps them identical).
    static let highContrast = """
        # cloudtop high-contrast theme: bright colours, bold everywhere it matters, no dim greys.
        name: high-contrast
        description: Bright colours and bold text for projectors and low vision.
        inherits: default
        palette:
          accent: brightcyan
          ok: brightgreen
          warn: brightyellow
          crit: brightred
          pending: brightblue
          muted: white
          command: brightmagenta
          alert: brightwhite
        roles:
          text: {fg: brightwhite}
          text.dim: {fg: white}
          panel.border: {fg: white, bold: true}
          panel.border.focused: {fg: brightyellow, bold: true}
          meter.value.ok: {fg: ok, bold: true}
          meter.value.warn: {fg: black, bg: warn, bold: true}
          meter.value.crit: {fg: alert, bg: crit, bold: true}
          state.healthy: {fg: ok, bold: true}
          state.warning: {fg: black, bg: warn, bold: true}
          state.critical: {fg: alert, bg: crit, bold: true}
          selection: {fg: black, bg: brightyellow, bold: true}
        """
}
