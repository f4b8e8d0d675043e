import Foundation

/// Whether the tests (and so the binary built with them) run under the address or thread
/// sanitizer: their runtimes define `__asan_init` / `__tsan_init`. Such a build is several times
/// slower, so expectations on wall-clock time hold only without one (docs/reliability.md).
enum SanitizerRuntime {
    static let isActive: Bool = {
        let handle = dlopen(nil, RTLD_NOW)
        defer { if let handle { dlclose(handle) } }
        return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
    }()
}
