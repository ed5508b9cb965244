"use client";

import { useEffect, useState } from "react";
import { Menu, X } from "lucide-react";
import Link from "next/link";

import { navigation, site } from "@/lib/workshop-data";
import { withBasePath } from "@/lib/site-path";

function XIcon({ size = 16 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="currentColor"
      aria-hidden="true"
    >
      <path d="M18.244 2.25h3.308l-7.227 8.26 8.502 11.24H16.17l-5.214-6.817L4.99 21.75H1.68l7.73-8.835L1.254 2.25H8.08l4.713 6.231zm-1.161 17.52h1.833L7.084 4.126H5.117z" />
    </svg>
  );
}

export function Navbar() {
  const [mobileMenuOpen, setMobileMenuOpen] = useState(false);
  const [activeAnchor, setActiveAnchor] = useState<string>("");

  useEffect(() => {
    const anchors = navigation.map((item) => item.anchor);
    const elements = anchors
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);

    if (elements.length === 0) return;

    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries
          .filter((entry) => entry.isIntersecting)
          .sort((a, b) => b.intersectionRatio - a.intersectionRatio);
        if (visible[0]?.target.id) {
          setActiveAnchor(visible[0].target.id);
        }
      },
      {
        rootMargin: "-80px 0px -60% 0px",
        threshold: [0, 0.25, 0.5, 0.75, 1],
      },
    );

    elements.forEach((el) => observer.observe(el));
    return () => observer.disconnect();
  }, []);

  return (
    <header className="fixed left-0 right-0 top-0 z-20 border-b border-[#2c2c2e] bg-[#1d1d1f]/95 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-[1154px] items-center px-4">
        <button
          className="mr-3 text-slate-400 transition-colors hover:text-slate-100 lg:hidden"
          onClick={() => setMobileMenuOpen(!mobileMenuOpen)}
          aria-label="Toggle menu"
        >
          {mobileMenuOpen ? <X size={22} /> : <Menu size={22} />}
        </button>

        <Link
          href="/"
          className="flex items-center gap-3 no-underline"
          aria-label="FAGEN Workshop home"
        >
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={withBasePath("/branding/fagen-pin.png")}
            alt=""
            className="h-9 w-9 shrink-0 rounded-full"
          />
          <span className="text-[15px] font-semibold text-slate-100">FAGEN</span>
          <span className="hidden text-slate-700 sm:inline">/</span>
          <span className="hidden text-[11px] font-semibold uppercase tracking-[0.18em] text-[#a3bdd8] sm:inline">
            ICML 2026
          </span>
        </Link>

        <nav className="ml-auto hidden items-center gap-0.5 lg:flex">
          {navigation.map((item) => {
            const isActive = item.anchor === activeAnchor;
            return (
              <a
                key={item.anchor}
                href={`#${item.anchor}`}
                className={`rounded-md px-3 py-2 text-[14px] font-medium no-underline transition-all ${
                  isActive
                    ? "bg-white/10 text-white"
                    : "text-slate-400 hover:bg-white/6 hover:text-slate-100"
                }`}
              >
                {item.label}
              </a>
            );
          })}
          <span className="mx-2 h-4 w-px bg-[#2c2c2e]" aria-hidden="true" />
          <a
            href={site.xUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Follow ${site.xHandle} on X`}
            className="rounded-md p-2 text-slate-400 no-underline transition-colors hover:bg-white/6 hover:text-slate-100"
          >
            <XIcon size={15} />
          </a>
        </nav>
      </div>

      {mobileMenuOpen && (
        <nav className="absolute left-0 right-0 top-16 border-b border-[#2c2c2e] bg-[#1d1d1f] py-3 lg:hidden">
          {navigation.map((item) => {
            const isActive = item.anchor === activeAnchor;
            return (
              <a
                key={item.anchor}
                href={`#${item.anchor}`}
                className={`mx-3 my-0.5 block rounded-lg px-4 py-3 text-[15px] font-medium no-underline transition-colors ${
                  isActive
                    ? "bg-white/10 text-white"
                    : "text-slate-400 hover:bg-white/6 hover:text-slate-100"
                }`}
                onClick={() => setMobileMenuOpen(false)}
              >
                {item.label}
              </a>
            );
          })}
          <a
            href={site.xUrl}
            target="_blank"
            rel="noopener noreferrer"
            onClick={() => setMobileMenuOpen(false)}
            className="mx-3 my-0.5 flex items-center gap-3 rounded-lg px-4 py-3 text-[15px] font-medium text-slate-400 no-underline transition-colors hover:bg-white/6 hover:text-slate-100"
          >
            <XIcon size={14} />
            <span>Follow on X</span>
          </a>
        </nav>
      )}
    </header>
  );
}
