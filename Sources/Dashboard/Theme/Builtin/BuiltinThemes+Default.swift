extension BuiltinThemes {
    /// `Themes/default.yaml`, compiled in so the theme works from any directory (a test keeps them identical).
    static let defaultTheme = """
        # cloudtop default theme: dark background, colours from the terminal's own ANSI palette.
        name: default
        description: Dark, using your terminal's ANSI colours.
        palette:
          accent: cyan
          ok: green
          warn: yellow
          crit: red
          pending: blue
          muted: brightblack
          command: magenta
          alert: brightwhite
        roles:
          text: {fg: default}
          text.dim: {fg: muted}
          text.emphasis: {fg: default, bold: true}
          panel.border: {fg: muted}
          panel.border.focused: {fg: accent, bold: true}
          panel.title: {fg: default, bold: true}
          panel.title.focused: {fg: accent, bold: true}
          meter.label: {fg: accent}
          meter.empty: {fg: muted}
          meter.value.ok: {fg: ok}
          meter.value.warn: {fg: warn}
          meter.value.crit: {fg: crit, bold: true}
          state.healthy: {fg: ok}
          state.warning: {fg: warn}
          state.critical: {fg: crit, bold: true}
          state.pending: {fg: pending}
          state.stopped: {fg: muted}
          fault.active: {fg: alert, bg: crit, bold: true}
          statusBar: {fg: default}
          statusBar.key: {fg: accent, bold: true}
          titleBar: {fg: default, bold: true}
          titleBar.accent: {fg: accent, bold: true}
          event.time: {fg: muted}
          event.info: {fg: default}
          event.warning: {fg: warn}
          event.critical: {fg: crit, bold: true}
          event.command: {fg: command}
          sparkline: {fg: accent}
          sparkline.target: {fg: warn}
          selection: {reverse: true}
          overlay: {fg: default}
          overlay.border: {fg: accent, bold: true}
          overlay.title: {fg: accent, bold: true}
          chart.bar: {fg: pending}
          chart.label: {fg: default}
          chart.value: {fg: default}
          table.header: {fg: default, bold: true, underline: true}
          map.node: {fg: default, bold: true}
          map.flow: {fg: accent}
        """
}
