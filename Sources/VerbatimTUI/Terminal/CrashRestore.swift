import CNcursesw

#if canImport(Glibc)
import Glibc
#endif

/// The terminal settings and escape sequences that undo curses mode, kept where a signal
/// handler can reach them without allocating: plain C storage set up before the handlers are
/// installed.
private nonisolated(unsafe) var savedModes: UnsafeMutablePointer<termios>? = nil
private nonisolated(unsafe) var restoreBytes: UnsafeMutablePointer<UInt8>? = nil
private nonisolated(unsafe) var restoreCount: Int = 0
private nonisolated(unsafe) var terminalDescriptor: Int32 = 0
private nonisolated(unsafe) var previousActions: UnsafeMutablePointer<sigaction>? = nil

/// Restores the terminal when the process dies of a fault (a trap, a crash, `SIGABRT`): the
/// handler only calls `tcsetattr`, `write`, `sigaction` and `raise`, which are
/// async-signal-safe, then hands the signal to whatever handled it before (the runtime's crash
/// report, or the default action), so the exit status still tells what happened.
enum CrashRestore {
    /// The signals that mean the process is dying of a fault.
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT, SIGQUIT]

    /// Remembers the modes of the terminal read from `descriptor`: call before curses changes them.
    static func saveModes(of descriptor: Int32) {
        if savedModes == nil {
            savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        }
        terminalDescriptor = descriptor
        if tcgetattr(descriptor, savedModes!) != 0 {
            savedModes?.deallocate()
            savedModes = nil
        }
    }

    /// Remembers `sequence`, the bytes that leave curses mode, and installs the handlers.
    static func install(sequence: String) {
        guard savedModes != nil else { return }
        if previousActions == nil {
            previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: signals.count)
            previousActions!.initialize(repeating: sigaction(), count: signals.count)
        }
        let bytes = Array(sequence.utf8)
        restoreBytes?.deallocate()
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        buffer.initialize(from: bytes, count: bytes.count)
        restoreBytes = buffer
        restoreCount = bytes.count
        for (index, signal) in signals.enumerated() {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = restoreAndDie
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previousActions! + index)
        }
    }

    /// Removes the handlers (curses mode is over).
    static func uninstall() {
        guard let previousActions, restoreCount > 0 else { return }
        for (index, signal) in signals.enumerated() {
            sigaction(signal, previousActions + index, nil)
        }
        restoreCount = 0
    }
}

/// The handler: put the shell's modes and the normal screen back, then give the signal to the
/// handler that was there before, which runs once this one returns.
private func restoreAndDie(_ signal: Int32) {
    if let modes = savedModes, restoreCount > 0 {
        _ = tcsetattr(terminalDescriptor, TCSANOW, modes)
        _ = write(STDOUT_FILENO, restoreBytes, restoreCount)
        restoreCount = 0
    }
    if let previousActions {
        var index = 0
        while index < CrashRestore.signals.count {
            if CrashRestore.signals[index] == signal {
                sigaction(signal, previousActions + index, nil)
            }
            index += 1
        }
    } else {
        Glibc.signal(signal, SIG_DFL)
    }
    raise(signal)
}
