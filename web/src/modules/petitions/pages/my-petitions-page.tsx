import PetitionsPage from "./petitions-page";

/** Petitions assigned to the signed-in handler. */
export default function MyPetitionsPage() {
  return <PetitionsPage mine />;
}
