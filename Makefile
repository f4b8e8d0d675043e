# verbatim: build, install (binary, man page, shell completions), and the generated man page.
#   make install PREFIX=$HOME/.local      # or DESTDIR=... for packaging
#   make uninstall PREFIX=$HOME/.local
#   make man                              # regenerate docs/verbatim.1 after changing a command

PREFIX ?= /usr/local
DESTDIR ?=
CONFIGURATION ?= release
SWIFT ?= swift

BINDIR = $(DESTDIR)$(PREFIX)/bin
MANDIR = $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: build install uninstall man

build:
	$(SWIFT) build -c $(CONFIGURATION) --product verbatim

install: build
	bin="$$($(SWIFT) build -c $(CONFIGURATION) --show-bin-path)/verbatim" && \
	install -d "$(BINDIR)" "$(MANDIR)" "$(BASHDIR)" "$(ZSHDIR)" "$(FISHDIR)" && \
	install -m 755 "$$bin" "$(BINDIR)/verbatim" && \
	install -m 644 docs/verbatim.1 "$(MANDIR)/verbatim.1" && \
	"$$bin" --generate-completion-script bash > "$(BASHDIR)/verbatim" && \
	"$$bin" --generate-completion-script zsh > "$(ZSHDIR)/_verbatim" && \
	"$$bin" --generate-completion-script fish > "$(FISHDIR)/verbatim.fish"

uninstall:
	rm -f "$(BINDIR)/verbatim" "$(MANDIR)/verbatim.1" "$(BASHDIR)/verbatim" "$(ZSHDIR)/_verbatim" "$(FISHDIR)/verbatim.fish"

man:
	$(SWIFT) build --product verbatim
	"$$($(SWIFT) build --show-bin-path)/verbatim" generate-manual > docs/verbatim.1
