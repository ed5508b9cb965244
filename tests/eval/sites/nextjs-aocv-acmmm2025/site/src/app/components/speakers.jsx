import PersonAvatar from "./person-avatar";
import { imagePrefix } from "../../constant.js";
const Speakers = () => {
    return (
        <div>TBA</div>
    );
};
export default Speakers;
