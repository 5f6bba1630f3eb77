import CloudSim

extension DashboardModel {
    /// Applies an event; returns the effects to carry out. Never touches the engine or the terminal.
    public mutating func update(_ event: DashboardEvent) -> [DashboardEffect] {
        switch event {
        case .snapshotArrived(let snapshot):
            if snapshot.tick != self.snapshot.tick {
                queuedWhilePaused.removeAll()
                pendingRecordWeights.removeAll()
                pendingForcedFailing.removeAll()
                pendingDeployVersions.removeAll()
            }
            self.snapshot = snapshot
            clampSelections()
            return []
        case .resized(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
            return []
        case .clockChanged(let speed, let isPaused):
            self.speed = speed
            self.isPaused = isPaused
            return []
        case .keyPressed(let key):
            let effects = handle(key)
            // A command given before the recording's end makes the run leave it; after the end
            // the recording has nothing left to say.
            if let r = replay, r.divergedAt == nil, snapshot.tick < r.endTick,
                effects.contains(where: { if case .submit = $0 { true } else { false } })
            {
                replay?.divergedAt = snapshot.time
            }
            if isPaused {
                for case .submit(let command) in effects { queuedWhilePaused.append(command) }
            }
            return effects
        }
    }

    private mutating func handle(_ key: Key) -> [DashboardEffect] {
        if key == .ctrl("c") { return [.quit] }
        if key == .resize { return [] }
        if isEditingFilter { return editFilter(key) }
        if case .menu(let menu) = overlay {
            if key == .escape || key == .character("q") {
                overlay = nil
                return []
            }
            if case .character(let c) = key, let option = menu.options.first(where: { $0.key == c }) {
                overlay = nil
                notePending(option.command)
                return [.submit(option.command)]
            }
            return []
        }
        if overlay == .help {
            if key == .escape || key == .character("?") || key == .character("q") { overlay = nil }
            return []
        }
        guard let action = keymap.action(for: key) else { return [] }
        return perform(action)
    }

    private mutating func perform(_ action: Action) -> [DashboardEffect] {
        switch action {
        case .help:
            overlay = .help
        case .quit:
            return [.quit]
        case .togglePause:
            isPaused.toggle()
            return [.setPaused(isPaused)]
        case .stepOnce:
            if !isPaused {
                isPaused = true
                return [.setPaused(true), .stepOnce]
            }
            return [.stepOnce]
        case .faster:
            speed = speed.faster
            return [.setSpeed(speed)]
        case .slower:
            speed = speed.slower
            return [.setSpeed(speed)]
        case .focusNext, .focusPrevious:
            let list = panels
            let i = list.firstIndex(of: focus) ?? 0
            focus = list[(i + (action == .focusNext ? 1 : list.count - 1)) % list.count]
        case .focusPanel(let n):
            let list = panels
            if n >= 1 && n <= list.count { focus = list[n - 1] }
        case .selectUp, .selectLeft:
            moveSelection(-1)
        case .selectDown, .selectRight:
            moveSelection(1)
        case .zoom:
            isZoomed = true
        case .back:
            if isZoomed {
                isZoomed = false
            } else if !eventFilter.isEmpty {
                eventFilter = ""
            }
        case .faultMenu:
            overlay = .menu(FaultMenuBuilder.faultMenu(self))
        case .healAll:
            return [.submit(.healAll)]
        case .nextTheme:
            themeIndex = (themeIndex + 1) % themes.count
        case .filterEvents:
            isEditingFilter = true
        case .desiredDown, .desiredUp:
            guard let group = selectedGroup else { return [] }
            return [.submit(.adjustDesiredCapacity(group: group.name, delta: action == .desiredUp ? 1 : -1))]
        case .instanceTypeMenu:
            if let menu = FaultMenuBuilder.typeMenu(self) { overlay = .menu(menu) }
        case .recordWeightDown, .recordWeightUp:
            guard case .record(let record)? = selectedRoute53Row, let current = weight(of: record) else { return [] }
            let step = action == .recordWeightUp ? Self.weightStep : -Self.weightStep
            let next = min(255, max(0, current + step))
            guard next != current else { return [] }
            let command = Command.setRecordWeight(setIdentifier: record.setIdentifier ?? record.label, weight: next)
            notePending(command)
            return [.submit(command)]
        case .recordWeightMenu:
            if let menu = FaultMenuBuilder.weightMenu(self) { overlay = .menu(menu) }
        case .toggleHealthCheck:
            guard case .healthCheck(let check)? = selectedRoute53Row else { return [] }
            let command = Command.setHealthCheckFailing(id: check.id, failing: !isForcedFailing(check))
            notePending(command)
            return [.submit(command)]
        case .deployMenu:
            if let menu = FaultMenuBuilder.deployMenu(self) { overlay = .menu(menu) }
        }
        return []
    }

    /// Remembers a Route 53 change until the next tick shows it (see `pendingRecordWeights`).
    private mutating func notePending(_ command: Command) {
        switch command {
        case .setRecordWeight(let label, let weight): pendingRecordWeights[label] = weight
        case .setHealthCheckFailing(let id, let failing): pendingForcedFailing[id] = failing
        case .deploy(let spec): pendingDeployVersions[spec.target] = spec.version
        default: break
        }
    }

    private mutating func editFilter(_ key: Key) -> [DashboardEffect] {
        switch key {
        case .enter:
            isEditingFilter = false
        case .escape:
            isEditingFilter = false
            eventFilter = ""
        case .backspace, .delete:
            if !eventFilter.isEmpty { eventFilter.removeLast() }
        case .character(let c) where eventFilter.count < 40:
            eventFilter.append(c)
        default:
            break
        }
        selection[.events] = max(0, rowCount(.events) - 1)
        return []
    }

    private mutating func moveSelection(_ delta: Int) {
        let count = rowCount(focus)
        guard count > 0 else { return }
        // The event log follows the newest event until the person scrolls, so moving starts there.
        let current = selection[focus] ?? (focus == .events ? count - 1 : 0)
        selection[focus] = min(count - 1, max(0, current + delta))
    }

    private mutating func clampSelections() {
        for (panel, row) in selection {
            let count = rowCount(panel)
            selection[panel] = count == 0 ? 0 : min(row, count - 1)
        }
    }
}
