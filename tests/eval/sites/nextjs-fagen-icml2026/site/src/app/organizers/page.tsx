import { RedirectTo } from "@/components/RedirectTo";

export const metadata = {
  title: "FAGEN | Organizers",
};

export default function OrganizersPage() {
  return <RedirectTo target="/#organizers" />;
}
