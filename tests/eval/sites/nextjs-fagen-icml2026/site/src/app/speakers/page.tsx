import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN | Speakers",
};

export default function SpeakersPage() {
  return <RedirectTo target="/#speakers" />;
}
