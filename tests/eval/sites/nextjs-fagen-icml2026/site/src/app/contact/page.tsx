import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN | Contact",
};

export default function ContactPage() {
  return <RedirectTo target="/#contact" />;
}
